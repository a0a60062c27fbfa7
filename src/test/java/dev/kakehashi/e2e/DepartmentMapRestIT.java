package dev.kakehashi.e2e;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kakehashi.sandbox.Product;
import dev.kakehashi.testing.Http;
import dev.kakehashi.testing.SandboxPair;
import java.net.http.HttpResponse;
import org.junit.ClassRule;
import org.junit.Test;

/** The department map over REST in both products. */
public class DepartmentMapRestIT {
    private static final String MAP = "/rest/kakehashi/1.0/insights/department-map";
    @ClassRule
    public static final SandboxPair SANDBOX = new SandboxPair();

    @Test
    public void theMapAnswersInBothProducts() {
        for (Product product : Product.values()) {
            HttpResponse<String> refreshed = SANDBOX.as(product, "admin").postJson(MAP + "/refresh", "{}");
            assertEquals(refreshed.body(), 200, refreshed.statusCode());
            HttpResponse<String> map = SANDBOX.as(product, "tanaka").get(MAP + "?days=90");
            assertEquals(map.body(), 200, map.statusCode());
            System.out.println(product + " " + map.body());
            JsonNode json = Http.json(map);
            assertEquals(90, json.get("period").get("days").asInt());
        }
    }
}
