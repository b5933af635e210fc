package dev.lintel.model.report;

/**
 * Text to HTML for the review bundle: escaping, and the small Markdown subset comments use
 * (paragraphs, line breaks, {@code `code`}, {@code **bold**}, {@code *emphasis*}, {@code - } lists).
 * Links are shown as text, never as {@code href}s: the bundle must not lead a reader's browser to the
 * network by itself, and comment text is untrusted.
 */
final class Html {
    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markdown subset to HTML; everything is escaped first, so no markup in the text survives. */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            String[] lines = block.split("\\n");
            boolean list = true;
            for (String l : lines) {
                list &= l.stripLeading().startsWith("- ") || l.stripLeading().startsWith("* ");
            }
            if (list) {
                out.append("<ul>");
                for (String l : lines) {
                    out.append("<li>").append(inline(l.stripLeading().substring(2))).append("</li>");
                }
                out.append("</ul>");
            } else {
                out.append("<p>");
                for (int i = 0; i < lines.length; i++) {
                    out.append(i > 0 ? "<br>" : "").append(inline(lines[i]));
                }
                out.append("</p>");
            }
        }
        return out.toString();
    }

    private static String inline(String raw) {
        String s = esc(raw);
        s = s.replaceAll("`([^`]+)`", "<code>$1</code>");
        s = s.replaceAll("\\*\\*([^*]+)\\*\\*", "<strong>$1</strong>");
        s = s.replaceAll("(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])", "<em>$1</em>");
        return s;
    }
}
