package news.parley.render.page;

import news.parley.core.index.IndexedArticle;
import news.parley.core.index.SiteIndex;
import news.parley.core.model.Actor;

import java.time.YearMonth;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/** Static SVG drawings made at build time, so that actor pages need no script to show them. */
final class Charts {
    private static final int MONTHS = 24;

    private Charts() {
    }

    /**
     * The actor in the middle, the actors most often featured with them around, each joined by a line
     * as thick as the number of articles they share. Each name links to its page.
     */
    static String network(Actor centre, List<SiteIndex.ActorCount> others, List<String> hrefs, Words words) {
        if (others.isEmpty()) {
            return null;
        }
        int width = 760;
        int height = 380;
        double cx = width / 2.0;
        double cy = height / 2.0;
        int max = others.stream().mapToInt(SiteIndex.ActorCount::count).max().orElse(1);
        StringBuilder lines = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < others.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / others.size();
            double x = cx + Math.cos(angle) * 150;
            double y = cy + Math.sin(angle) * 140;
            SiteIndex.ActorCount other = others.get(i);
            double stroke = 1 + 7.0 * other.count() / max;
            lines.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke-width=\"%.1f\"><title>%s</title></line>",
                    cx, cy, x, y, stroke, escape(words.format("networkPair", centre.name(), other.actor().name(),
                            words.format("together", words.articles(other.count()))))));
            // Labels point away from the centre, so that long names stay inside the drawing.
            boolean side = Math.abs(x - cx) > 60;
            String anchor = !side ? "middle" : x < cx ? "end" : "start";
            double labelX = !side ? x : x < cx ? x - 12 : x + 12;
            double labelY = !side ? y + (y < cy ? -14 : 24) : y + 5;
            nodes.append(String.format(Locale.ROOT,
                    "<a href=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\"/><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text></a>",
                    escape(hrefs.get(i)), x, y, labelX, labelY, anchor, label(other.actor().name(), labelX)));
        }
        return "<svg class=\"network\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-labelledby=\"network-title\">"
                + "<title id=\"network-title\">" + escape(words.format("networkTitle", centre.name())) + "</title>"
                + "<g class=\"edges\">" + lines + "</g>"
                + String.format(Locale.ROOT, "<circle class=\"centre\" cx=\"%.1f\" cy=\"%.1f\" r=\"11\"/>", cx, cy)
                + String.format(Locale.ROOT, "<text class=\"centre\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                cx, cy + 28, escape(centre.name()))
                + "<g class=\"nodes\">" + nodes + "</g></svg>";
    }

    /** A name on one line, or on two when long, so that it stays inside the drawing. */
    private static String label(String name, double x) {
        if (name.length() <= 22 || !name.contains(" ")) {
            return escape(name);
        }
        int middle = name.length() / 2;
        int before = name.lastIndexOf(' ', middle);
        int after = name.indexOf(' ', middle);
        int split = before < 0 ? after : after < 0 ? before : middle - before <= after - middle ? before : after;
        return String.format(Locale.ROOT, "<tspan x=\"%.1f\">%s </tspan><tspan x=\"%.1f\" dy=\"1.2em\">%s</tspan>",
                x, escape(name.substring(0, split)), x, escape(name.substring(split + 1)));
    }

    /** How many of the articles fall in each month (UTC): what {@link #timeline} draws. */
    static SortedMap<YearMonth, Integer> perMonth(List<IndexedArticle> articles) {
        TreeMap<YearMonth, Integer> perMonth = new TreeMap<>();
        // Lists come newest first, so articles of one month follow one another: count each run against
        // the month's bounds and look the month up once per run (any order still counts right).
        YearMonth month = null;
        long start = 0;
        long end = 0;
        int run = 0;
        for (IndexedArticle article : articles) {
            long second = article.article().date().toEpochSecond();
            if (month != null && second >= start && second < end) {
                run++;
                continue;
            }
            if (month != null) {
                perMonth.merge(month, run, Integer::sum);
            }
            LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(second, 86_400));
            month = YearMonth.of(day.getYear(), day.getMonth());
            start = month.atDay(1).toEpochDay() * 86_400;
            end = month.plusMonths(1).atDay(1).toEpochDay() * 86_400;
            run = 1;
        }
        if (month != null) {
            perMonth.merge(month, run, Integer::sum);
        }
        return java.util.Collections.unmodifiableSortedMap(perMonth);
    }

    /** Articles per month over the {@value #MONTHS} months up to the actor's latest article. */
    static String timeline(String name, SortedMap<YearMonth, Integer> perMonth, Locale locale, Words words) {
        if (perMonth.isEmpty()) {
            return null;
        }
        YearMonth last = perMonth.lastKey();
        YearMonth first = last.minusMonths(MONTHS - 1);
        int max = perMonth.tailMap(first).values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int barWidth = 24;
        int height = 120;
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            int count = perMonth.getOrDefault(month, 0);
            double barHeight = count == 0 ? 0 : Math.max(2, 90.0 * count / max);
            String label = month.getMonth().getDisplayName(TextStyle.SHORT, locale) + " " + month.getYear();
            bars.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"><title>%s</title></rect>",
                    i * barWidth + 2, 100 - barHeight, barWidth - 4, barHeight, escape(label + ": " + words.articles(count))));
            if (month.getMonthValue() == 1 || i == 0) {
                bars.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"116\">%s</text>", i * barWidth + 2,
                        escape(String.valueOf(month.getYear()))));
            }
        }
        return "<svg class=\"timeline\" viewBox=\"0 0 " + MONTHS * barWidth + " " + height
                + "\" role=\"img\" aria-labelledby=\"timeline-title\"><title id=\"timeline-title\">"
                + escape(words.format("timelineTitle", name, first, last)) + "</title>"
                + "<line x1=\"0\" y1=\"100\" x2=\"" + MONTHS * barWidth + "\" y2=\"100\"/>" + bars + "</svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
