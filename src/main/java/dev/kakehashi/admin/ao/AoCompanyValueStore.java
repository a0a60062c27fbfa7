package dev.kakehashi.admin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.kakehashi.admin.CompanyValue;
import dev.kakehashi.admin.CompanyValueStore;
import dev.kakehashi.platform.Rejection;
import dev.kakehashi.platform.ao.AoErrors;
import dev.kakehashi.platform.ao.AoPositions;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Company values in Active Objects, one row each; a list takes one statement.
 */
public class AoCompanyValueStore implements CompanyValueStore {
    private final ActiveObjects ao;

    public AoCompanyValueStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<CompanyValue> list() {
        return Arrays.stream(ao.find(AoCompanyValue.class, Query.select(AoCompanyValue.SELECT)))
                .map(AoCompanyValueStore::toValue)
                .sorted(Comparator.comparingInt(CompanyValue::position).thenComparing(CompanyValue::key))
                .toList();
    }

    @Override
    public Optional<CompanyValue> find(String key) {
        return row(key).map(AoCompanyValueStore::toValue);
    }

    @Override
    public CompanyValue insert(CompanyValue value) {
        try {
            AoCompanyValue row = ao.create(AoCompanyValue.class,
                    new DBParam(AoCompanyValue.KEY, value.key()),
                    new DBParam("NAME_EN", value.nameEn()),
                    new DBParam("NAME_JA", value.nameJa()),
                    new DBParam("DESCRIPTION_EN", value.descriptionEn()),
                    new DBParam("DESCRIPTION_JA", value.descriptionJa()),
                    new DBParam("ICON", value.icon()),
                    new DBParam("SORT_ORDER", value.position()),
                    new DBParam("ACTIVE", value.active()));
            return toValue(row);
        } catch (RuntimeException e) {
            if (AoErrors.isConstraintViolation(e)) {
                throw Rejection.of(Rejection.Reason.CONFLICT, "key", "kakehashi.error.key.taken", value.key());
            }
            throw e;
        }
    }

    @Override
    public CompanyValue update(CompanyValue value) {
        AoCompanyValue row = row(value.key()).orElseThrow(() -> Rejection.of(
                Rejection.Reason.NOT_FOUND, "key", "kakehashi.error.not.found", value.key()));
        row.setNameEn(value.nameEn());
        row.setNameJa(value.nameJa());
        row.setDescriptionEn(value.descriptionEn());
        row.setDescriptionJa(value.descriptionJa());
        row.setIcon(value.icon());
        row.setSortOrder(value.position());
        row.setActive(value.active());
        row.save();
        return toValue(row);
    }

    @Override
    public void reorder(List<String> keys) {
        AoPositions.reorder(ao, keys, ao.find(AoCompanyValue.class, Query.select(AoCompanyValue.SELECT)),
                AoCompanyValue::getValueKey, AoCompanyValue::getSortOrder, AoCompanyValue::setSortOrder);
    }

    private Optional<AoCompanyValue> row(String key) {
        AoCompanyValue[] rows = ao.find(AoCompanyValue.class,
                Query.select(AoCompanyValue.SELECT).where(AoCompanyValue.KEY + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static CompanyValue toValue(AoCompanyValue row) {
        return new CompanyValue(row.getValueKey(), row.getNameEn(), row.getNameJa(), nonNull(row.getDescriptionEn()),
                nonNull(row.getDescriptionJa()), nonNull(row.getIcon()), row.getSortOrder(), row.isActive());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
