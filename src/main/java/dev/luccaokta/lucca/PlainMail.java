package dev.luccaokta.lucca;

import java.util.regex.Pattern;

/**
 * One plain mail address, as Lucca's users filter may be given it. Lucca reads {@code mail=a,b} as a list and
 * {@code mail=notequal,a} as an operator, so a value with a comma, a space or anything but an address could find
 * someone else than the person named: such values never reach Lucca.
 *
 * <pre>{@code
 * PlainMail.isPlain("clement@acme.example");          // true
 * PlainMail.isPlain("notequal,nobody@acme.example");  // false
 * }</pre>
 */
public final class PlainMail {

    /** The longest address SMTP carries (RFC 5321). */
    private static final int MAX_LENGTH = 254;
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private PlainMail() {
    }

    public static boolean isPlain(String mail) {
        return mail != null && mail.length() <= MAX_LENGTH && ADDRESS.matcher(mail).matches();
    }
}
