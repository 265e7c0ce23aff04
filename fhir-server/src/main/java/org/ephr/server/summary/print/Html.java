package org.ephr.server.summary.print;

/**
 * Writes the record's markup. Text and attribute values always go through {@link #escape}, so nothing in a
 * health record (a name, a note) can become markup; tags and attribute names are the renderer's own constants.
 * The output is well-formed XML as well as HTML, since the PDF renderer parses it as XHTML.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Opens {@code tag} with attributes given as name, value pairs (a null value leaves the attribute out). */
    Html open(String tag, String... attributes) {
        tag(tag, attributes);
        out.append('>');
        return this;
    }

    /** An element that has no content nor end tag in HTML ({@code meta}), closed the XML way. */
    Html empty(String tag, String... attributes) {
        tag(tag, attributes);
        out.append(" />");
        return this;
    }

    private void tag(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element holding only text. */
    Html element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * Record text isolated from the surrounding direction ({@code <bdi>}), so that an Arabic name in an English
     * table, or a Latin one in an Arabic table, keeps its own order and does not reorder its neighbours.
     */
    Html isolated(String text) {
        return element("bdi", text);
    }

    /** Markup the renderer wrote itself (the document type, the style sheet); never record text. */
    Html trusted(String markup) {
        out.append(markup);
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes the five markup characters, and drops what XML cannot hold (control characters, lone surrogates):
     * they would make the PDF renderer reject the whole record.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
