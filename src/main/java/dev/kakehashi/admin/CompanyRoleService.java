package dev.kakehashi.admin;

import dev.kakehashi.platform.Caches;
import dev.kakehashi.platform.LinkedApplication;
import dev.kakehashi.platform.Rejection;
import java.util.Optional;

/**
 * Whether this product holds the company's departments, values and thanks policy or follows the other product's, as
 * the admin chose (kept in the host's cache, dropped on every change). In a follower the lists are read-only: every
 * change to them is refused with 409 and a message saying where to make it.
 */
public class CompanyRoleService {
    /** Where the configuration page is, below a product's base URL. */
    public static final String ADMIN_PAGE = "/plugins/servlet/kakehashi/admin";

    private final CompanyRoleStore store;
    private final LinkedApplication other;
    private final Caches.CachedValue<CompanyRole> role;

    public CompanyRoleService(CompanyRoleStore store, LinkedApplication other, Caches caches) {
        this.store = store;
        this.other = other;
        this.role = caches.value("company.role", store::get);
    }

    public CompanyRole role() {
        return role.get();
    }

    public boolean follower() {
        return role.get().follower();
    }

    /** Saves the role; every node reads it again. */
    public void save(CompanyRole changed) {
        store.save(changed);
        role.reset();
    }

    /** The other product's name, where the lists are kept when this product follows it. */
    public String otherProduct() {
        return other.productName();
    }

    /** Where admins edit the lists in the other product; empty when the products are not linked. */
    public Optional<String> otherAdminPage() {
        return other.displayUrl().map(url -> url + ADMIN_PAGE);
    }

    /** Refuses a change to departments, values or the thanks policy in a follower (409). */
    public void requireSource() {
        if (follower()) {
            throw followerConflict();
        }
    }

    /** The 409 of a change a follower refuses, naming the product where the lists are kept. */
    public Rejection followerConflict() {
        return Rejection.of(Rejection.Reason.CONFLICT, null, "kakehashi.error.company.follower", otherProduct());
    }
}
