package dev.luccaokta.writeback;

import dev.luccaokta.directory.PropertyCatalogue;
import dev.luccaokta.directory.ScimSlot;
import dev.luccaokta.directory.TenantView;
import dev.luccaokta.directory.WritableProperty;
import dev.luccaokta.tenant.UserNameSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the writable properties a tenant sends to Okta are, under its selection and options, taken from the
 * property table: the mandatory ones and those selected; the userName is Lucca's login, or its mail when the
 * tenant sends the mail as userName. Login and mail only when the tenant opted in: they say who a person is, to
 * Lucca and to the connector's administrators. Everything else in a SCIM User is not writable
 * ({@link AttributeRules} says why).
 */
final class WriteBindings {

    private static final String LOGIN = "login";
    private static final String MAIL = "mail";

    private WriteBindings() {
    }

    /** A property as one SCIM attribute carries it. */
    record Binding(WritableProperty property, ScimSlot slot) {
    }

    /** @param loginAndMail whether the tenant lets Okta change login and mail */
    static List<Binding> of(TenantView tenant, boolean loginAndMail) {
        List<Binding> bindings = new ArrayList<>();
        boolean mailAsUserName = tenant.userNameSource() == UserNameSource.MAIL;
        for (WritableProperty property : PropertyCatalogue.writable()) {
            if ((property.mandatory() || tenant.selectedProperties().contains(property.code()))
                    && PropertyCatalogue.writableFromOkta(property.code(), loginAndMail)
                    && !(mailAsUserName && property.code().equals(LOGIN))) {
                bindings.add(new Binding(property, property.slot()));
            }
        }
        if (mailAsUserName && loginAndMail) {
            PropertyCatalogue.writable().stream().filter(property -> property.code().equals(MAIL)).findFirst()
                    .ifPresent(mail -> bindings.add(new Binding(mail, ScimSlot.core("userName"))));
        }
        return List.copyOf(bindings);
    }
}
