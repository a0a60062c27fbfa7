package dev.kakehashi.sandbox.host;

import com.atlassian.sal.api.auth.LoginUriProvider;
import dev.kakehashi.sandbox.Product;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The product's login page, which returns to the given page afterwards.
 */
public final class ProductLoginUriProvider implements LoginUriProvider {
    private final Product product;

    public ProductLoginUriProvider(Product product) {
        this.product = product;
    }

    @Override
    public URI getLoginUri(URI returnUri) {
        return URI.create(product.contextPath() + product.loginPath() + "?os_destination="
                + URLEncoder.encode(returnUri.toString(), StandardCharsets.UTF_8));
    }
}
