/*
 * write_html.c - the HTML writer of reports: one self-contained page for people who read a
 * report in a browser or on paper (HR, sales leaders, consultants).
 *
 * It sits at the end of the report pipeline: report.c builds a struct tenor_report and
 * withholds small cells, tenor_report_write hands it here. The page has a headline summary
 * per group, a grid of small-multiple charts (inline SVG whose coordinates are computed
 * here), a data table under each chart, the drivers, and the definitions. It needs nothing
 * from outside: no fonts, images, scripts or style sheets, so it opens offline and can be
 * mailed as one file.
 *
 * Two rules hold for everything written: every string from the data (groups, periods,
 * categories, terms, versions) goes through put_text, which escapes & < > " ' for text and
 * attribute values alike; and every number goes through a formatter that writes a dash
 * instead of NaN or infinity. Withheld rows carry no values, and none are drawn: a withheld
 * period is a hatched gap.
 */
#include "report.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* What a number that cannot be shown looks like (an en dash). */
#define NA "&#8211;"

/* The chart's coordinate system (SVG user units; the page scales it to the card width). */
#define CHART_W 440.0
#define PLOT_LEFT 40.0
#define PLOT_RIGHT 428.0
#define INDEX_H 64.0
#define SHARE_H 128.0
#define PANEL_GAP 34.0   /* from one panel's bottom to the next one's top: room for a title */
#define AXIS_H 22.0      /* below the last panel: the period labels */
#define LABEL_CHAR_W 5.6 /* the width of a character of the 10-unit axis font, roughly */

/* Writes s (NULL: nothing) escaped for HTML text and attribute values. */
static void put_text(FILE *f, const char *s)
{
	for (; s && *s; s++)
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default:
			/* a control character from the data is no text an HTML page may hold */
			if (((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n') || *s == 0x7f) {
				fputs("&#xFFFD;", f);
			} else if (writer_bidi(s)) {
				fputs("&#xFFFD;", f);
				s += 2;
			} else {
				putc(*s, f);
			}
		}
}

/* ---- numbers: each writes NA for NaN and infinity ---- */

/* A share in [0, 1] as a percentage with the given decimals: "34.5%". */
static void put_pct(FILE *f, double x, int decimals)
{
	if (isfinite(x))
		fprintf(f, "%.*f%%", decimals, 100 * x);
	else
		fputs(NA, f);
}

/* An interval of shares as whole percentages with one sign, "17&#8211;36%": its ends are
 * too uncertain for decimals to tell anything. */
static void put_pct_range(FILE *f, double low, double high)
{
	if (isfinite(low))
		fprintf(f, "%.0f", 100 * low);
	else
		fputs(NA, f);
	fputs("&#8211;", f);
	put_pct(f, high, 0);
}

/* The pressure index with its sign and a true minus: "+0.23", "&#8722;0.41", "0.00". */
static void put_index(FILE *f, double x)
{
	if (!isfinite(x)) {
		fputs(NA, f);
		return;
	}
	/* a value that rounds to zero gets no sign, so there is no "-0.00" */
	if (fabs(x) < 0.005)
		fputs("0.00", f);
	else
		fprintf(f, "%s%.2f", x < 0 ? "&#8722;" : "+", fabs(x));
}

/* A p-value as written in the text: "p = 0.003", "p &lt; 0.001". */
static void put_p(FILE *f, double p)
{
	if (!isfinite(p))
		fputs("p = " NA, f);
	else if (p < 0.001)
		fputs("p &lt; 0.001", f);
	else
		fprintf(f, "p = %.3f", p);
}

static void put_g2(FILE *f, double g2)
{
	if (isfinite(g2))
		fprintf(f, "%.1f", g2);
	else
		fputs(NA, f);
}

/* ---- reading the report ---- */

static const struct tenor_row *row_at(const struct tenor_report *r, size_t g, size_t p)
{
	return &r->rows[g * r->nperiods + p];
}

/* The periods a chart or a trend runs over: all but "undated", which comes last when
 * present and has no place on a time axis. */
static size_t dated_periods(const struct tenor_report *r)
{
	if (r->nperiods && strcmp(r->periods[r->nperiods - 1], "undated") == 0)
		return r->nperiods - 1;
	return r->nperiods;
}

/* A group's name, which is data, after its column's ("team: Nord"), so that no group reads
 * as all documents, whose name is ours; an empty value as "(empty)". With markup the value
 * is isolated (<bdi>), so that a right-to-left name does not reorder what follows it. */
static void put_group(FILE *f, const struct tenor_report *r, size_t g, int markup)
{
	if (!r->groups[g]) {
		fputs("All documents", f);
		return;
	}
	if (markup)
		fputs("<span class=\"by\">", f);
	put_text(f, r->by ? r->by : "group");
	fputs(markup ? ":</span> <bdi>" : ": ", f);
	put_text(f, *r->groups[g] ? r->groups[g] : "(empty)");
	if (markup)
		fputs("</bdi>", f);
}

/* The index of period s in r->periods, or nperiods when it is not one of them. */
static size_t period_index(const struct tenor_report *r, const char *s)
{
	size_t p;

	for (p = 0; p < r->nperiods && strcmp(r->periods[p], s) != 0; p++)
		;
	return p;
}

static int has_index(const struct tenor_report *r)
{
	return r->pressure_category >= 0 && r->advisory_category >= 0;
}

static int is_category(int index, size_t c)
{
	return index >= 0 && (size_t)index == c;
}

/* The colour of category c, the same in the legend, every chart and every table: pressure
 * red, advisory green, reflection blue, any other from a palette that avoids those three. */
static const char *const palette[] = { "#7a5ba6", "#b8741a", "#23838a", "#a3487a", "#5d6877",
				       "#8a7a2e", "#1f5f8b", "#9c4f2e", "#4f7a28", "#6b4a8f" };
#define NPALETTE (sizeof(palette) / sizeof(palette[0]))

static const char *category_colour(const struct tenor_report *r, size_t c)
{
	if (is_category(r->pressure_category, c))
		return "#c2412d";
	if (is_category(r->advisory_category, c))
		return "#2f8a4c";
	if (strcmp(r->categories[c], "reflection") == 0)
		return "#2f68b3";
	return palette[c % NPALETTE];
}

/* Advisory is dashed so that it stays apart from pressure for readers who do not tell red
 * from green, and on a grey printer; a LIWC dictionary's categories past the palette's
 * colours take them again with another dash each time round. */
static const char *category_dash(const struct tenor_report *r, size_t c)
{
	static const char *const dashes[] = { "5 3", "1 3", "8 3 1 3", "2 2" };

	if (is_category(r->advisory_category, c))
		return dashes[0];
	if (is_category(r->pressure_category, c) || strcmp(r->categories[c], "reflection") == 0 ||
	    c < NPALETTE)
		return NULL;
	return dashes[(c / NPALETTE - 1) % (sizeof(dashes) / sizeof(dashes[0]))];
}

/* 1 with *v when row (g, p) has a value to show: the pressure index for c < 0, else the
 * document share of category c; 0 for withheld rows and missing values. */
static int row_value(const struct tenor_report *r, size_t g, size_t p, long c, double *v)
{
	const struct tenor_row *row = row_at(r, g, p);

	if (row->suppressed || row->docs == 0)
		return 0;
	if (c < 0) {
		*v = row->pressure_index;
		return row->has_pressure_index && isfinite(*v);
	}
	*v = row->cells[c].doc_share;
	return isfinite(*v);
}

/* ---- the page's frame ---- */

/* One rule per string: as one literal the sheet would pass the 4095 characters C11 promises
 * to support. */
static const char *const style[] = {
	":root{--ink:#1f2430;--muted:#5f6875;--rule:#dde1e6;--soft:#f3f4f6;--card:#fff}\n",
	"*{box-sizing:border-box}\n",
	"html{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n",
	"body{margin:0;background:var(--soft);color:var(--ink);"
	"font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,"
	"sans-serif}\n",
	"main{max-width:1200px;margin:0 auto;padding:28px 28px 56px}\n",
	"h1{font-size:1.55rem;line-height:1.25;margin:0 0 .3rem;font-weight:650}\n",
	"h2{font-size:1.1rem;margin:2.2rem 0 .9rem;padding-bottom:.35rem;"
	"border-bottom:1px solid var(--rule);font-weight:650}\n",
	"h3{font-size:1rem;margin:0;font-weight:650}\n",
	"h1,h2,h3,figcaption,caption,.verdicts li{overflow-wrap:anywhere}\n",
	"h3 .by{display:inline;color:var(--muted);font-weight:400;font-size:1rem}\n",
	".meta{color:var(--muted);margin:0;font-size:.9rem}\n",
	".lede{color:var(--muted);margin:-.4rem 0 1rem;font-size:.9rem;max-width:70ch}\n",
	".card{background:var(--card);border:1px solid var(--rule);border-radius:10px;"
	"padding:14px 16px;break-inside:avoid}\n",
	".headline{list-style:none;margin:0;padding:0;display:grid;gap:12px;"
	"grid-template-columns:repeat(auto-fill,minmax(min(270px,100%),1fr))}\n",
	".headline .idx{display:flex;align-items:baseline;gap:.5rem;margin:.35rem 0 .5rem}\n",
	".headline .idx b{font-size:1.6rem;font-weight:600;font-variant-numeric:tabular-nums}\n",
	".headline .idx span{color:var(--muted);font-size:.85rem}\n",
	".pos{color:#a8321f}.neg{color:#256f3d}.zero{color:var(--ink)}\n",
	".verdicts{list-style:none;margin:0;padding:0;font-size:.9rem}\n",
	".verdicts li{display:flex;gap:.45rem;align-items:baseline}\n",
	".verdicts .arrow{width:1em;text-align:center}\n",
	".verdicts .p{color:var(--muted);font-variant-numeric:tabular-nums;white-space:nowrap}\n",
	".sig{font-weight:600}\n",
	".sw{display:inline-block;width:14px;height:0;border-top:3px solid;"
	"vertical-align:middle;margin-right:.35rem}\n",
	".swl{display:inline-block;width:22px;height:6px;vertical-align:middle;"
	"margin-right:.35rem}\n",
	".legend{display:flex;flex-wrap:wrap;gap:.4rem 1.3rem;font-size:.85rem;"
	"color:var(--muted);margin:0 0 .9rem}\n",
	".legend .band{display:inline-block;width:14px;height:10px;background:#c2412d33;"
	"vertical-align:middle;margin-right:.35rem}\n",
	".legend .hatch{display:inline-block;width:14px;height:12px;vertical-align:middle;"
	"margin-right:.35rem;border:1px solid #c9ced6;background:repeating-linear-gradient("
	"45deg,#fff 0 3px,#b9c0ca 3px 4px)}\n",
	".grid{display:grid;gap:16px;grid-template-columns:repeat(auto-fill,minmax(min(420px,100%),1fr))}\n",
	"figure{margin:0;min-width:0}\n",
	"figcaption{margin-bottom:.4rem}\n",
	"figcaption span{display:block;color:var(--muted);font-size:.82rem}\n",
	"svg{display:block;width:100%;height:auto;overflow:visible}\n",
	"svg text{font-size:10px;fill:var(--muted)}\n",
	"svg .ptitle{font-size:11px;font-weight:600;fill:var(--ink)}\n",
	"svg .zone{font-size:9px;fill:#6b7280}\n",
	"svg .grid{stroke:#e8ebef;stroke-width:1}\n",
	"svg .zero{stroke:#aab1bb;stroke-width:1}\n",
	"svg .axis{stroke:#c5cbd3;stroke-width:1}\n",
	"svg .line{fill:none;stroke-width:2;stroke-linejoin:round;stroke-linecap:round}\n",
	"svg .band{stroke:none;fill-opacity:.14}\n",
	"svg .bar{stroke-width:6;stroke-opacity:.2}\n",
	"svg .wh rect{stroke:#d3d8df;stroke-width:.75}\n",
	"svg .wh text{font-size:9.5px;fill:#6b7480;font-style:italic}\n",
	"svg .empty{font-size:12px}\n",
	"details{margin-top:.6rem;font-size:.85rem}\n",
	"summary{cursor:pointer;color:var(--muted)}\n",
	".scroll{overflow-x:auto}\n",
	"table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin-top:.4rem;"
	"width:100%}\n",
	"th,td{padding:3px 8px;border-bottom:1px solid #eceef1;text-align:right;"
	"white-space:nowrap}\n",
	"th:first-child,td:first-child{text-align:left}\n",
	"thead th{font-weight:600;color:var(--muted);border-bottom:1px solid var(--rule)}\n",
	"td .ci{color:var(--muted);font-size:.85em}\n",
	"table.data{font-size:.78rem}table.data td,table.data th{padding:3px 4px;"
	"vertical-align:top}\n",
	"table.data thead th{white-space:normal}table.data td.withheld{white-space:normal}\n",
	"table.data tbody th{font-weight:500}\n",
	"td.withheld{text-align:left;color:#7a6a3a;font-style:italic;background:"
	"repeating-linear-gradient(45deg,#fff 0 4px,#f1ede2 4px 6px)}\n",
	".up,.down{color:#3a4150}\n",
	".drivers{display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(min(300px,100%),1fr))}\n",
	".drivers table{margin:0;align-self:start}\n",
	".drivers td:not(:first-child),.drivers th:not(:first-child){width:1%}\n",
	".drivers caption{text-align:left;font-weight:600;padding:0 0 .3rem}\n",
	".drivers caption span{font-weight:400;color:var(--muted)}\n",
	".drivers td:first-child{white-space:normal;overflow-wrap:anywhere}\n",
	"h3.group{margin:1.4rem 0 .6rem}\n",
	"dl{display:grid;grid-template-columns:minmax(9rem,14rem) 1fr;gap:.5rem 1.4rem;"
	"margin:0;font-size:.92rem}\n",
	"dt{font-weight:600}dd{margin:0;max-width:80ch}\n",
	"footer{margin-top:2.5rem;color:var(--muted);font-size:.8rem}\n",
	"@media (max-width:600px){main{padding:16px 12px 40px}dl{grid-template-columns:1fr}}\n",
	"@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}"
	".card{border-color:#c8cdd4}.grid{grid-template-columns:repeat(2,1fr)}"
	"h2{break-after:avoid}summary{display:none}@page{margin:14mm}}\n",
};

static void write_head(const struct tenor_report *r, FILE *f)
{
	size_t i;

	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"tenor " TENOR_VERSION "\">\n<title>", f);
	fputs("tenor report: language per ", f);
	if (r->by) {
		put_text(f, r->by);
		fputs(" and ", f);
	}
	put_text(f, r->period_name);
	fputs("</title>\n<style>\n", f);
	for (i = 0; i < sizeof(style) / sizeof(style[0]); i++)
		fputs(style[i], f);
	fputs("</style>\n</head>\n<body>\n<main>\n", f);
}

/* The title, and what the page covers: periods, lexicon, time of writing, the rule. */
static void write_header(const struct tenor_report *r, FILE *f)
{
	size_t n = dated_periods(r);
	char buf[200];

	fputs("<header>\n<h1>Language in comments per ", f);
	if (r->by) {
		put_text(f, r->by);
		fputs(" and ", f);
	}
	put_text(f, r->period_name);
	fputs("</h1>\n<p class=\"meta\">", f);
	if (n) {
		put_text(f, r->periods[0]);
		if (n > 1) {
			fputs(" to ", f);
			put_text(f, r->periods[n - 1]);
		}
		fprintf(f, " (%zu ", n);
		put_text(f, r->period_name);
		fputs(n == 1 ? ")" : "s)", f);
	} else {
		fputs("No dated periods", f);
	}
	fputs(" &#183; lexicon ", f);
	put_text(f, r->lexicon_version);
	fputs(" &#183; generated ", f);
	put_text(f, r->generated_at);
	fprintf(f, " &#183; cells with fewer than %u documents are withheld", r->min_group);
	if (r->unplaced || r->unplaced_withheld) {
		fputs(" &#183; ", f);
		put_text(f, writer_unplaced(r, buf, sizeof(buf)));
	}
	fputs("</p>\n</header>\n", f);
}

/* ---- the headline ---- */

/* The dated periods of group g that are not withheld. */
static size_t shown_periods(const struct tenor_report *r, size_t g)
{
	size_t p, n = dated_periods(r), shown = 0;

	for (p = 0; p < n; p++)
		shown += !row_at(r, g, p)->suppressed;
	return shown;
}

/* Every row of group g withheld, the undated one too. */
static int withheld_throughout(const struct tenor_report *r, size_t g)
{
	size_t p;

	for (p = 0; p < r->nperiods; p++)
		if (!row_at(r, g, p)->suppressed)
			return 0;
	return r->nperiods > 0;
}

/* The latest dated period of group g with a pressure index, or n when there is none. */
static size_t latest_index(const struct tenor_report *r, size_t g, size_t n)
{
	size_t p;
	double v;

	for (p = n; p-- > 0;)
		if (row_value(r, g, p, -1, &v))
			return p;
	return n;
}

/* One trend in words: "pressure language up (p = 0.003)". */
static void write_verdict(const struct tenor_report *r, const struct tenor_trend *t, FILE *f)
{
	int up = strcmp(t->direction, "up") == 0, down = strcmp(t->direction, "down") == 0;
	int flat = strcmp(t->direction, "flat") == 0;

	fprintf(f, "<li><span class=\"arrow\" style=\"color:%s\">%s</span><span%s>",
		category_colour(r, t->category),
		up ? "&#9650;" : down ? "&#9660;" : flat ? "&#8594;" : "&#183;",
		up || down ? " class=\"sig\"" : "");
	put_text(f, r->categories[t->category]);
	if (up || down || flat) {
		fputs(up ? " language up" : down ? " language down" : " language: no clear trend", f);
		fputs(" <span class=\"p\">(", f);
		put_p(f, t->p_value);
		fputs(")</span>", f);
	} else {
		fprintf(f, " language: too few periods for a trend (%zu shown)", t->periods);
	}
	fputs("</span></li>\n", f);
}

/* The latest pressure index of group g, and why it is not of the last period when that is
 * withheld. */
static void write_latest_index(const struct tenor_report *r, size_t g, FILE *f)
{
	size_t n = dated_periods(r), p = latest_index(r, g, n);
	double v = p < n ? row_at(r, g, p)->pressure_index : NAN;

	fprintf(f, "<div class=\"idx\"><b class=\"%s\">",
		p == n || fabs(v) < 0.005 ? "zero" : v > 0 ? "pos" : "neg");
	put_index(f, v);
	fputs("</b><span>pressure index", f);
	if (p == n) {
		fputs(": no period to show", f);
	} else {
		fputs(" in ", f);
		put_text(f, r->periods[p]);
		if (p + 1 < n && row_at(r, g, n - 1)->suppressed) {
			fputs(" (", f);
			put_text(f, r->periods[n - 1]);
			fputs(" withheld)", f);
		}
	}
	fputs("</span></div>\n", f);
}

/* Per group a card: the latest pressure index, then the trend of every category in words;
 * for a group withheld throughout, only that. */
static void write_summary(const struct tenor_report *r, FILE *f)
{
	size_t g, t = 0, end, i;

	fputs("<section id=\"summary\">\n<h2>Summary</h2>\n<ul class=\"headline\">\n", f);
	for (g = 0; g < r->ngroups; t = end, g++) {
		/* a group's trends, in the order of categories */
		end = writer_trends_end(r, g, t);
		fputs("<li class=\"card\"><h3>", f);
		put_group(f, r, g, 1);
		fputs("</h3>\n", f);
		if ((dated_periods(r) && shown_periods(r, g) == 0) || withheld_throughout(r, g)) {
			fputs("<p class=\"meta\">Withheld in every period: too few documents to show "
			      "without pointing at people, or withheld to protect a smaller group "
			      "that could otherwise be worked out from the total.</p></li>\n", f);
			continue;
		}
		if (has_index(r))
			write_latest_index(r, g, f);
		fputs("<ul class=\"verdicts\">\n", f);
		for (i = t; i < end; i++)
			write_verdict(r, &r->trends[i], f);
		fputs("</ul></li>\n", f);
	}
	fputs("</ul>\n</section>\n", f);
}

/* ---- charts ---- */

/* The geometry of one group's chart: a panel for the pressure index (when the report has
 * one) above a panel for the document shares, on a shared axis of n dated periods, each
 * period a slot of equal width with its point in the middle. */
struct chart {
	const struct tenor_report *r;
	size_t g, n;
	double slot;
	double index_top, share_top, height;
};

static void chart_init(struct chart *ch, const struct tenor_report *r, size_t g)
{
	ch->r = r;
	ch->g = g;
	ch->n = dated_periods(r);
	ch->slot = ch->n ? (PLOT_RIGHT - PLOT_LEFT) / (double)ch->n : 0;
	ch->index_top = 20;
	ch->share_top = has_index(r) ? ch->index_top + INDEX_H + PANEL_GAP : ch->index_top;
	ch->height = ch->share_top + SHARE_H + AXIS_H;
}

static double chart_x(const struct chart *ch, size_t p)
{
	return PLOT_LEFT + ((double)p + 0.5) * ch->slot;
}

/* The y of value v in the index panel (c < 0, v in -1..1) or the share panel (v in 0..1);
 * values outside are clamped to the panel. */
static double chart_y(const struct chart *ch, long c, double v)
{
	if (c < 0) {
		v = v < -1 ? -1 : v > 1 ? 1 : v;
		return ch->index_top + (1 - v) / 2 * INDEX_H;
	}
	v = v < 0 ? 0 : v > 1 ? 1 : v;
	return ch->share_top + (1 - v) * SHARE_H;
}

/* A horizontal grid line at value v with its label. */
static void put_gridline(FILE *f, const struct chart *ch, long c, double v, const char *cls,
			 const char *label)
{
	double y = chart_y(ch, c, v);

	fprintf(f, "<line class=\"%s\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", cls,
		PLOT_LEFT, PLOT_RIGHT, y, y);
	if (label)
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
			PLOT_LEFT - 6, y + 3.5, label);
	putc('\n', f);
}

/* The end of the run of points with values that starts at p. */
static size_t run_end(const struct chart *ch, long c, size_t p)
{
	double v;

	while (p < ch->n && row_value(ch->r, ch->g, p, c, &v))
		p++;
	return p;
}

/* An interval end that is not known is drawn at the panel's edge: as wide as the interval
 * could be, never narrower than the truth. */
static double known_or(double x, double edge)
{
	return isfinite(x) ? x : edge;
}

/* The Wilson interval of category c as a band: a polygon over each run of two or more
 * points, a short bar at a point that stands alone. */
static void put_bands(FILE *f, const struct chart *ch, size_t c, const char *colour)
{
	const struct tenor_report *r = ch->r;
	size_t p = 0, q, end;

	while (p < ch->n) {
		end = run_end(ch, (long)c, p);
		if (end == p) {
			p++;
			continue;
		}
		if (end - p == 1) {
			const struct tenor_cell *cell = &row_at(r, ch->g, p)->cells[c];
			double x = chart_x(ch, p);
			fprintf(f, "<line class=\"bar\" stroke=\"%s\" x1=\"%.1f\" x2=\"%.1f\" "
				"y1=\"%.1f\" y2=\"%.1f\"/>\n", colour, x, x,
				chart_y(ch, (long)c, known_or(cell->ci_low, 0)),
				chart_y(ch, (long)c, known_or(cell->ci_high, 1)));
		} else {
			fprintf(f, "<polygon class=\"band\" fill=\"%s\" points=\"", colour);
			for (q = p; q < end; q++) {
				double hi = known_or(row_at(r, ch->g, q)->cells[c].ci_high, 1);
				fprintf(f, "%.1f,%.1f ", chart_x(ch, q), chart_y(ch, (long)c, hi));
			}
			for (q = end; q-- > p;) {
				double lo = known_or(row_at(r, ch->g, q)->cells[c].ci_low, 0);
				fprintf(f, "%.1f,%.1f%s", chart_x(ch, q), chart_y(ch, (long)c, lo),
					q > p ? " " : "");
			}
			fputs("\"/>\n", f);
		}
		p = end;
	}
}

/* The line of the index (c < 0) or of category c's share, broken where a period has no
 * value, and a dot per point with a tooltip. */
static void put_line(FILE *f, const struct chart *ch, long c, const char *colour,
		     const char *dash)
{
	const struct tenor_report *r = ch->r;
	/* dots that would touch their neighbours are made smaller, so the line stays legible */
	double radius = ch->slot < 8 ? 1.4 : 2.6, v;
	size_t p;
	int open = 0, pen = 0;

	for (p = 0; p < ch->n; p++) {
		if (!row_value(r, ch->g, p, c, &v)) {
			pen = 0;
			continue;
		}
		if (open) {
			putc(' ', f);
		} else {
			fprintf(f, "<path class=\"line\" stroke=\"%s\"", colour);
			if (dash)
				fprintf(f, " stroke-dasharray=\"%s\"", dash);
			fputs(" d=\"", f);
			open = 1;
		}
		fprintf(f, "%c%.1f %.1f", pen ? 'L' : 'M', chart_x(ch, p), chart_y(ch, c, v));
		pen = 1;
	}
	if (open)
		fputs("\"/>\n", f);
	for (p = 0; p < ch->n; p++) {
		if (!row_value(r, ch->g, p, c, &v))
			continue;
		fprintf(f, "<circle r=\"%.1f\" fill=\"%s\" cx=\"%.1f\" cy=\"%.1f\"><title>",
			radius, colour, chart_x(ch, p), chart_y(ch, c, v));
		put_text(f, r->periods[p]);
		if (c < 0) {
			fputs(", pressure index ", f);
			put_index(f, v);
		} else {
			const struct tenor_cell *cell = &row_at(r, ch->g, p)->cells[c];
			fputs(", ", f);
			put_text(f, r->categories[c]);
			fputs(": ", f);
			put_pct(f, v, 1);
			fputs(" of documents (95% interval ", f);
			put_pct(f, cell->ci_low, 1);
			fputs(" to ", f);
			put_pct(f, cell->ci_high, 1);
			fputs(")", f);
		}
		fputs("</title></circle>\n", f);
	}
}

/* The withheld periods [p, end): their slots hatched in every panel and labelled once, so
 * that a gap never reads as a value of zero. data-withheld lists the periods. */
static void put_withheld(FILE *f, const struct chart *ch, size_t p, size_t end)
{
	/* a gap between neighbouring runs, where slots are wide enough to keep one */
	double inset = ch->slot > 4 ? 1 : 0;
	double x0 = PLOT_LEFT + (double)p * ch->slot + inset;
	double w = (double)(end - p) * ch->slot - 2 * inset;
	double x = x0 + w / 2, y = ch->share_top + SHARE_H / 2;
	size_t q;

	fputs("<g class=\"wh\" data-withheld=\"", f);
	for (q = p; q < end; q++) {
		put_text(f, ch->r->periods[q]);
		fputs(q + 1 < end ? " " : "\">", f);
	}
	if (has_index(ch->r))
		fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
			"fill=\"url(#hatch-%zu)\"/>", x0, ch->index_top, w, INDEX_H, ch->g);
	fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
		"fill=\"url(#hatch-%zu)\"/>", x0, ch->share_top, w, SHARE_H, ch->g);
	/* upright where the run is wide enough for the word, else along it; a run narrower than
	 * the letters are high keeps only the hatch, which the legend explains */
	if (w >= 52)
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">withheld</text>", x,
			y);
	else if (w >= 10)
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
			"transform=\"rotate(-90 %.1f %.1f)\">withheld</text>", x + 3.5, y, x + 3.5, y);
	fputs("</g>\n", f);
}

/* The period labels under the last panel, every k-th when all would overlap. */
static void put_axis(FILE *f, const struct chart *ch)
{
	size_t p, longest = 1, step;
	double y = ch->share_top + SHARE_H;

	fprintf(f, "<line class=\"axis\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>\n",
		PLOT_LEFT, PLOT_RIGHT, y, y);
	if (!ch->n)
		return;
	for (p = 0; p < ch->n; p++)
		if (strlen(ch->r->periods[p]) > longest)
			longest = strlen(ch->r->periods[p]);
	step = (size_t)ceil(((double)longest * LABEL_CHAR_W + 8) / ch->slot);
	if (step < 1)
		step = 1;
	for (p = 0; p < ch->n; p += step) {
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">", chart_x(ch, p),
			y + 15);
		put_text(f, ch->r->periods[p]);
		fputs("</text>\n", f);
	}
}

/* The chart's <title> and <desc>: what it shows, in words, for screen readers. */
static void put_chart_label(FILE *f, const struct chart *ch)
{
	const struct tenor_report *r = ch->r;
	size_t p, withheld = 0;

	fprintf(f, "<title id=\"chart-%zu-title\">", ch->g);
	put_group(f, r, ch->g, 0);
	fputs(has_index(r) ? ": pressure index and document shares per " : ": document shares per ",
	      f);
	put_text(f, r->period_name);
	fprintf(f, "</title>\n<desc id=\"chart-%zu-desc\">", ch->g);
	if (ch->n) {
		fprintf(f, "Lines over %zu periods from ", ch->n);
		put_text(f, r->periods[0]);
		fputs(" to ", f);
		put_text(f, r->periods[ch->n - 1]);
		fputs(", shares with their 95% intervals as bands.", f);
	}
	for (p = 0; p < ch->n; p++)
		if (row_at(r, ch->g, p)->suppressed) {
			fputs(withheld++ ? ", " : " Withheld: ", f);
			put_text(f, r->periods[p]);
		}
	fputs(withheld ? "." : "", f);
	fputs(" The numbers are in the data table below.</desc>\n", f);
}

static void write_chart(const struct tenor_report *r, size_t g, FILE *f)
{
	struct chart ch;
	size_t p, end, c;

	chart_init(&ch, r, g);
	fprintf(f, "<svg viewBox=\"0 0 %.0f %.0f\" role=\"img\" data-chart=\"%zu\" "
		"aria-labelledby=\"chart-%zu-title chart-%zu-desc\">\n", CHART_W, ch.height, g, g, g);
	put_chart_label(f, &ch);
	fprintf(f, "<defs><pattern id=\"hatch-%zu\" width=\"6\" height=\"6\" "
		"patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
		"<rect width=\"6\" height=\"6\" fill=\"#fafbfc\"/>"
		"<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#d5dae1\" stroke-width=\"2\"/>"
		"</pattern></defs>\n", g);
	if (has_index(r)) {
		fprintf(f, "<text class=\"ptitle\" x=\"0\" y=\"%.1f\">Pressure index</text>\n",
			ch.index_top - 8);
		put_gridline(f, &ch, -1, 1, "grid", "+1");
		put_gridline(f, &ch, -1, 0, "zero", "0");
		put_gridline(f, &ch, -1, -1, "grid", "&#8722;1");
		fprintf(f, "<text class=\"zone\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">+1 only "
			"pressure, &#8722;1 only advisory</text>\n", PLOT_RIGHT, ch.index_top - 8);
	}
	fprintf(f, "<text class=\"ptitle\" x=\"0\" y=\"%.1f\">Share of documents</text>\n",
		ch.share_top - 8);
	put_gridline(f, &ch, 0, 1, "grid", "100%");
	put_gridline(f, &ch, 0, 0.75, "grid", NULL);
	put_gridline(f, &ch, 0, 0.5, "grid", "50%");
	put_gridline(f, &ch, 0, 0.25, "grid", NULL);
	if (!ch.n) {
		fprintf(f, "<text class=\"empty\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
			"no dated periods</text>\n", (PLOT_LEFT + PLOT_RIGHT) / 2,
			ch.share_top + SHARE_H / 2);
	}
	for (p = 0; p < ch.n; p = end) {
		for (end = p; end < ch.n && row_at(r, g, end)->suppressed; end++)
			;
		if (end > p)
			put_withheld(f, &ch, p, end);
		else
			end++;
	}
	put_axis(f, &ch);
	fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">0%%</text>\n",
		PLOT_LEFT - 6, ch.share_top + SHARE_H + 3.5);
	for (c = 0; c < r->ncategories; c++)
		put_bands(f, &ch, c, category_colour(r, c));
	if (has_index(r))
		put_line(f, &ch, -1, "#3a4150", NULL);
	for (c = 0; c < r->ncategories; c++)
		put_line(f, &ch, (long)c, category_colour(r, c), category_dash(r, c));
	fputs("</svg>\n", f);
}

/* The numbers of the chart, every period including "undated", for readers who cannot see
 * the chart and for those who want the exact values. */
static void write_data_table(const struct tenor_report *r, size_t g, FILE *f)
{
	size_t p, c;

	fputs("<details><summary>Data table: shares with their 95% intervals</summary>\n"
	      "<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th scope=\"col\">"
	      "Period</th><th scope=\"col\">Docs</th>", f);
	if (has_index(r))
		fputs("<th scope=\"col\">Index</th>", f);
	for (c = 0; c < r->ncategories; c++) {
		fputs("<th scope=\"col\">", f);
		put_text(f, r->categories[c]);
		fputs("</th>", f);
	}
	fputs("</tr></thead>\n<tbody>\n", f);
	for (p = 0; p < r->nperiods; p++) {
		const struct tenor_row *row = row_at(r, g, p);

		fputs("<tr><th scope=\"row\">", f);
		put_text(f, r->periods[p]);
		fputs("</th>", f);
		if (row->suppressed) {
			fprintf(f, "<td class=\"withheld\" colspan=\"%zu\">%s</td></tr>\n",
				1 + (size_t)has_index(r) + r->ncategories,
				row->secondary ? "withheld, to protect another withheld cell"
					       : "withheld: too few documents");
			continue;
		}
		fprintf(f, "<td>%llu</td>", row->docs);
		if (has_index(r)) {
			fputs("<td>", f);
			if (row->has_pressure_index)
				put_index(f, row->pressure_index);
			else
				fputs(NA, f);
			fputs("</td>", f);
		}
		for (c = 0; c < r->ncategories; c++) {
			const struct tenor_cell *cell = &row->cells[c];

			fputs("<td>", f);
			if (!row->docs) {
				fputs(NA "</td>", f);
				continue;
			}
			if (cell->change.present && cell->change.significant) {
				int up = cell->change.delta > 0;
				fprintf(f, "<span class=\"%s\" title=\"", up ? "up" : "down");
				fputs(up ? "significant rise, " : "significant fall, ", f);
				put_p(f, cell->change.p_value);
				fprintf(f, "\">%s</span> ", up ? "&#9650;" : "&#9660;");
			}
			put_pct(f, cell->doc_share, 1);
			fputs("<br><span class=\"ci\">", f);
			put_pct_range(f, cell->ci_low, cell->ci_high);
			fputs("</span></td>", f);
		}
		fputs("</tr>\n", f);
	}
	fputs("</tbody></table></div></details>\n", f);
}

/* Category c's line as the charts draw it, its dashes too. */
static void put_swatch(FILE *f, const struct tenor_report *r, size_t c)
{
	const char *dash = category_dash(r, c);

	fprintf(f, "<svg class=\"swl\" width=\"22\" height=\"6\" aria-hidden=\"true\">"
		"<line x1=\"0\" y1=\"3\" x2=\"22\" y2=\"3\" stroke=\"%s\" stroke-width=\"3\"%s%s%s/>"
		"</svg>", category_colour(r, c), dash ? " stroke-dasharray=\"" : "", dash ? dash : "",
		dash ? "\"" : "");
}

static void write_legend(const struct tenor_report *r, FILE *f)
{
	size_t c;

	fputs("<p class=\"legend\">", f);
	if (has_index(r))
		fputs("<span><i class=\"sw\" style=\"color:#3a4150\"></i>pressure index</span>", f);
	for (c = 0; c < r->ncategories; c++) {
		fputs("<span>", f);
		put_swatch(f, r, c);
		put_text(f, r->categories[c]);
		fputs("</span>", f);
	}
	fputs("<span><i class=\"band\"></i>95% interval</span>"
	      "<span><i class=\"hatch\"></i>withheld</span></p>\n", f);
}

static void write_charts(const struct tenor_report *r, FILE *f)
{
	size_t g, p;

	fputs("<section id=\"charts\">\n<h2>", f);
	if (r->by) {
		fputs("Per ", f);
		put_text(f, r->by);
		fputs(" over time</h2>\n", f);
	} else {
		fputs("Over time</h2>\n", f);
	}
	write_legend(r, f);
	fputs("<div class=\"grid\">\n", f);
	for (g = 0; g < r->ngroups; g++) {
		unsigned long long docs = 0;

		for (p = 0; p < r->nperiods; p++)
			if (!row_at(r, g, p)->suppressed)
				docs += row_at(r, g, p)->docs;
		fputs("<figure class=\"card\">\n<figcaption><h3>", f);
		put_group(f, r, g, 1);
		fprintf(f, "</h3><span>%llu documents in the shown periods</span></figcaption>\n",
			docs);
		write_chart(r, g, f);
		write_data_table(r, g, f);
		fputs("</figure>\n", f);
	}
	fputs("</div>\n</section>\n", f);
}

/* ---- drivers ---- */

/* Driver d, of period p. */
static void write_driver(const struct tenor_report *r, const struct tenor_driver *d, size_t p,
			 FILE *f)
{
	size_t i;

	fputs("<table><caption>", f);
	put_swatch(f, r, d->category);
	put_text(f, r->categories[d->category]);
	fputs(" <span>", f);
	put_text(f, d->period);
	if (p > 0) {
		fputs(" against ", f);
		put_text(f, r->periods[p - 1]);
	}
	fputs("</span></caption>\n<thead><tr><th scope=\"col\">Term</th><th scope=\"col\">Count"
	      "</th><th scope=\"col\">Previous</th><th scope=\"col\">G&#178;</th>"
	      "<th scope=\"col\">Change</th></tr></thead>\n<tbody>\n", f);
	for (i = 0; i < d->nterms; i++) {
		const struct tenor_term *t = &d->terms[i];

		fputs("<tr><td>", f);
		put_text(f, t->term);
		fprintf(f, "</td><td>%llu</td><td>%llu</td><td>", t->count, t->previous);
		put_g2(f, t->g2);
		fputs(t->rose ? "</td><td class=\"up\">&#9650; rose</td></tr>\n"
			      : "</td><td class=\"down\">&#9660; fell</td></tr>\n", f);
	}
	fputs("</tbody></table>\n", f);
}

/* The drivers [from, end) of group g: those of its latest period with drivers in view, the
 * earlier ones folded away, since there is one set per period and category. They are in the
 * order of periods (writer_valid checks): the latest period's come last. */
static void write_group_drivers(const struct tenor_report *r, size_t g, size_t from,
				size_t end, FILE *f)
{
	size_t i, j, p, latest;

	if (from == end)
		return;
	latest = period_index(r, r->drivers[end - 1].period);
	for (i = end; i > from && strcmp(r->drivers[i - 1].period, r->periods[latest]) == 0;)
		i--;
	fputs("<h3 class=\"group\">", f);
	put_group(f, r, g, 1);
	fputs("</h3>\n<div class=\"drivers\">\n", f);
	for (j = i; j < end; j++)
		write_driver(r, &r->drivers[j], latest, f);
	fputs("</div>\n", f);
	if (i == from)
		return;
	/* the most recent first, as above: backwards through the drivers and the periods */
	fputs("<details><summary>Earlier periods</summary>\n<div class=\"drivers\">\n", f);
	for (p = latest; i-- > from;) {
		while (p > 0 && strcmp(r->periods[p], r->drivers[i].period) != 0)
			p--;
		write_driver(r, &r->drivers[i], p, f);
	}
	fputs("</div></details>\n", f);
}

static void write_drivers(const struct tenor_report *r, FILE *f)
{
	size_t g, d = 0, end;

	fputs("<section id=\"drivers\">\n<h2>Drivers</h2>\n<p class=\"lede\">The terms whose "
	      "frequency changed most against the previous period, ranked by G&#178;.</p>\n", f);
	if (!r->ndrivers)
		fputs("<p class=\"meta\">No term changed between two shown periods.</p>\n", f);
	for (g = 0; g < r->ngroups; g++, d = end) {
		end = writer_drivers_end(r, g, d);
		write_group_drivers(r, g, d, end, f);
	}
	fputs("</section>\n", f);
}

/* ---- definitions ---- */

/* How to read each number on the page, in short; docs/indicators.md has the long form, and
 * the two must agree. */
static void write_definitions(const struct tenor_report *r, FILE *f)
{
	fputs("<section id=\"definitions\">\n<h2>Definitions</h2>\n<dl>\n"
	      "<dt>Share of documents</dt><dd>The share of a period&#8217;s documents with at "
	      "least one hit in the category. The band around the line is its Wilson 95% "
	      "interval: with few documents it is wide, and shares whose bands overlap widely "
	      "are not shown to differ.</dd>\n", f);
	if (has_index(r))
		fputs("<dt>Pressure index</dt><dd>(pressure &#8722; advisory) / (pressure + "
		      "advisory), over the weighted hits of both categories: +1 when there is only "
		      "pressure language, &#8722;1 when there is only advisory language, 0 when "
		      "both weigh the same; missing where neither occurs. It says which tone "
		      "dominates, not how much of it there is.</dd>\n", f);
	fputs("<dt>Change</dt><dd>&#9650; and &#9660; in a data table mark a share that rose or "
	      "fell significantly against the previous period (two-proportion z-test, p &lt; "
	      "0.05). With many teams and periods, some such changes come by chance.</dd>\n"
	      "<dt>Trend</dt><dd>Mann-Kendall test over a group&#8217;s shown dated periods, "
	      "at least 4 of them: up or down when p &lt; 0.05, otherwise no clear trend, "
	      "which means too little evidence, not no change. Withheld periods and undated "
	      "documents are left out.</dd>\n"
	      "<dt>Drivers</dt><dd>The terms whose rate per token changed most against the "
	      "previous period, ranked by the log-likelihood G&#178; (Dunning 1993), among "
	      "those with G&#178; of at least 3.84. A ranking, not a test: read them as where to "
	      "look in the texts.</dd>\n", f);
	fprintf(f, "<dt>Withheld</dt><dd>A group&#8217;s period with fewer than %u documents "
		"(or none) shows no values, so that no one can be recognised from a few "
		"comments; charts show it as a hatched gap. Where one withheld group could be "
		"worked out from the total and the other groups, a second cell is withheld as "
		"well. Nothing is computed from withheld periods.</dd>\n", r->min_group);
	fputs("<dt>Undated</dt><dd>Documents without a date appear in the data tables as "
	      "&#8220;undated&#8221;, not on the time axis.</dd>\n</dl>\n</section>\n", f);
}

int write_html(const struct tenor_report *r, FILE *f)
{
	write_head(r, f);
	write_header(r, f);
	write_summary(r, f);
	write_charts(r, f);
	write_drivers(r, f);
	write_definitions(r, f);
	fputs("<footer>Written by tenor " TENOR_VERSION ". Lexicon ", f);
	put_text(f, r->lexicon_version);
	fputs(".</footer>\n</main>\n</body>\n</html>\n", f);
	/* stdio keeps the first error; flushing brings out one that is still buffered */
	return fflush(f) == 0 && !ferror(f) ? TENOR_OK : TENOR_EIO;
}
