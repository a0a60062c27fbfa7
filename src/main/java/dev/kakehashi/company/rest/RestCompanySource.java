package dev.kakehashi.company.rest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.Department;
import dev.kakehashi.company.CompanyData;
import dev.kakehashi.company.SourceReader;
import dev.kakehashi.platform.LinkOutcome;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.rest.LinkedCall;
import dev.kakehashi.thanks.ThanksPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The other product's lists through Kakehashi's REST API there ({@code /rest/kakehashi/1.0/company}), as the current
 * user. The answer is checked as strictly as an admin's input: an entry with a missing or over-long key or name, or a
 * policy out of range, makes the whole answer {@code refused} (a partial copy would deactivate what it left out).
 */
public class RestCompanySource implements SourceReader {
    static final String PATH = "/rest/kakehashi/1.0/company";
    static final int MAX_ENTRIES = 1000;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

    private final LinkedApplication other;

    public RestCompanySource(LinkedApplication other) {
        this.other = other;
    }

    @Override
    public Fetched read() {
        LinkedCall call = LinkedCall.get(other, PATH);
        if (call.outcome() != LinkOutcome.OK) {
            String failure = call.outcome() == LinkOutcome.NOT_FOUND ? "refused" : call.outcome().key();
            return Fetched.failed(failure, call.authoriseUrl());
        }
        JsonNode json = call.json();
        if (!"source".equals(LinkedCall.text(json, "role"))) {
            return Fetched.failed(json.has("role") ? "not-source" : "refused", null);
        }
        CompanyData data = parse(json);
        return data == null ? Fetched.failed("refused", null) : Fetched.of(data);
    }

    /** The lists of an answer; null when any part is missing or out of bounds. */
    static CompanyData parse(JsonNode json) {
        JsonNode departments = json.path("departments");
        JsonNode values = json.path("values");
        JsonNode policy = json.path("policy");
        if (!departments.isArray() || !values.isArray() || !policy.isObject()
                || departments.size() > MAX_ENTRIES || values.size() > MAX_ENTRIES) {
            return null;
        }
        List<Department> readDepartments = new ArrayList<>();
        for (JsonNode d : departments) {
            String key = LinkedCall.text(d, "key");
            String nameEn = LinkedCall.text(d, "nameEn");
            String nameJa = LinkedCall.text(d, "nameJa");
            JsonNode active = d.path("active");
            if (!KEY.matcher(key).matches() || !name(nameEn) || !name(nameJa) || !active.isBoolean()) {
                return null;
            }
            List<String> groups = new ArrayList<>();
            for (JsonNode g : d.path("groups").isArray() ? d.path("groups") : List.<JsonNode>of()) {
                if (g.isTextual() && !g.textValue().isBlank() && g.textValue().length() <= 255) {
                    groups.add(g.textValue());
                }
            }
            readDepartments.add(new Department(key, nameEn, nameJa, groups, readDepartments.size(),
                    active.booleanValue()));
        }
        List<CompanyValue> readValues = new ArrayList<>();
        for (JsonNode v : values) {
            String key = LinkedCall.text(v, "key");
            String nameEn = LinkedCall.text(v, "nameEn");
            String nameJa = LinkedCall.text(v, "nameJa");
            String descriptionEn = LinkedCall.text(v, "descriptionEn");
            String descriptionJa = LinkedCall.text(v, "descriptionJa");
            String icon = LinkedCall.text(v, "icon");
            JsonNode active = v.path("active");
            if (!KEY.matcher(key).matches() || !name(nameEn) || !name(nameJa) || !active.isBoolean()
                    || descriptionEn.length() > 400 || descriptionJa.length() > 400 || icon.length() > 16) {
                return null;
            }
            readValues.add(new CompanyValue(key, nameEn, nameJa, descriptionEn, descriptionJa, icon,
                    readValues.size(), active.booleanValue()));
        }
        JsonNode valueRequired = policy.path("valueRequired");
        JsonNode dailyLimit = policy.path("dailyLimit");
        JsonNode withdrawMinutes = policy.path("withdrawMinutes");
        if (!valueRequired.isBoolean() || !dailyLimit.isInt() || !withdrawMinutes.isInt()
                || dailyLimit.intValue() < 1 || dailyLimit.intValue() > ThanksPolicy.MAX_DAILY_LIMIT
                || withdrawMinutes.intValue() < 0 || withdrawMinutes.intValue() > ThanksPolicy.MAX_WITHDRAW_MINUTES) {
            return null;
        }
        return new CompanyData(readDepartments, readValues,
                new ThanksPolicy(valueRequired.booleanValue(), dailyLimit.intValue(), withdrawMinutes.intValue()));
    }

    private static boolean name(String text) {
        return !text.isBlank() && text.length() <= 100;
    }
}
