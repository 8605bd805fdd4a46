// Package sitegen writes a made-up news archive — a static site as a CMS
// export or a static site generator leaves it — for testing and measuring
// `glossline bake` on folders. Every text in it is generated here from
// the package's own word lists; nothing comes from real articles.
//
// An archive of n pages holds, per hundred pages: 88 articles (German and
// English, 3 to 14 paragraphs, with dates, names and acronyms), 6 listing
// pages (section fronts and their later pages: linked teaser headlines with
// a short summary each), 2 pages with no article (picture galleries), 2
// articles in French and 2 pages baked already; and, besides the pages, a
// stylesheet, a script, pictures, a feed and robots.txt. The same n and
// seed give the same bytes.
package sitegen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Kinds of page, as the archive's manifest lists them.
const (
	Article  = "article"
	Listing  = "listing"
	Gallery  = "gallery" // no article
	French   = "french"
	Baked    = "baked"
	Other    = "other" // not a page
	Manifest = "sitegen-manifest.txt"
)

// Generate writes an archive of n pages (and its other files) into dir,
// and a manifest (Manifest: "KIND PATH" per line) beside it, outside dir.
// It returns the count of files of each kind.
func Generate(dir string, n int, seed uint64) (map[string]int, error) {
	g := &gen{r: rand.New(rand.NewPCG(seed, 0x5173)), dir: dir, counts: map[string]int{}, fronts: map[string]bool{}}
	for i := 0; i < n; i++ {
		var err error
		switch k := i % 50; {
		case k < 44:
			err = g.article(i)
		case k < 47:
			err = g.listing(i)
		case k == 47:
			err = g.gallery(i)
		case k == 48:
			err = g.french(i)
		default:
			err = g.baked(i)
		}
		if err != nil {
			return nil, err
		}
	}
	if err := g.assets(); err != nil {
		return nil, err
	}
	err := os.WriteFile(filepath.Join(filepath.Dir(filepath.Clean(dir)), filepath.Base(dir)+"-"+Manifest), []byte(g.manifest.String()), 0o644)
	return g.counts, err
}

type gen struct {
	r        *rand.Rand
	dir      string
	counts   map[string]int
	fronts   map[string]bool // sections whose front page is written
	manifest strings.Builder
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *gen) write(kind, rel string, data []byte) error {
	path := filepath.Join(g.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	g.counts[kind]++
	fmt.Fprintf(&g.manifest, "%s %s\n", kind, rel)
	return os.WriteFile(path, data, 0o644)
}

// section of page i: its language and folder.
type section struct{ lang, name, title string }

var sections = []section{
	{"de", "politik", "Politik"}, {"de", "wirtschaft", "Wirtschaft"},
	{"en", "world", "World"}, {"en", "business", "Business"},
}

func (g *gen) section(i int) section { return sections[i%len(sections)] }

// date of page i: spread over 2019–2026.
func (g *gen) date(i int) (y, m, d int) {
	return 2019 + i%8, 1 + (i/8)%12, 1 + (i/96)%28
}

var deMonths = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
var enMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Word lists for the made-up articles.
var (
	deSubjects = []string{"Die Regierung", "Der Stadtrat", "Die Gewerkschaft", "Das Ministerium", "Die Bahn", "Der Verband", "Die Kommission", "Das Gericht", "Die Opposition", "Der Konzern"}
	deVerbs    = []string{"kündigte an", "beschloss", "kritisierte", "verschob", "legte vor", "bestätigte", "lehnte ab", "prüfte"}
	deObjects  = []string{"einen neuen Haushalt", "die Reform der Pflege", "ein Programm für den Wohnungsbau", "die Erhöhung der Gebühren", "einen Plan für die Schulen", "die Fusion der beiden Werke", "neue Regeln für Mieter", "den Ausbau der Strecke"}
	deWhen     = []string{"am Montag", "am Dienstag", "am Mittwoch", "am Donnerstag", "am Freitag", "in der vergangenen Woche", "im nächsten Jahr", "seit 2015", "vor zwei Jahren", "bis Ende des Jahres", "im Herbst", "Anfang Mai"}
	deTails    = []string{"Nach Angaben des Sprechers sollen die Kosten bei rund zwei Milliarden Euro liegen.", "Kritiker halten das Vorhaben für zu teuer und zu spät.", "Die Verhandlungen hatten sich über Monate hingezogen.", "Eine Entscheidung im Parlament steht noch aus.", "Mehrere Länder wollen sich dem Vorschlag anschließen.", "Die Zahlen liegen deutlich über denen des Vorjahres.", "Vertreter der Wirtschaft begrüßten den Schritt.", "Auch in anderen Städten wird über ähnliche Pläne beraten."}
	enSubjects = []string{"The government", "The city council", "The union", "The ministry", "The central bank", "The company", "The commission", "The court", "The opposition", "The regulator"}
	enVerbs    = []string{"announced", "approved", "criticised", "postponed", "presented", "confirmed", "rejected", "reviewed"}
	enObjects  = []string{"a new budget", "the reform of care homes", "a housing programme", "higher fees", "a plan for schools", "the merger of the two plants", "new rules for tenants", "the extension of the line"}
	enWhen     = []string{"on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "last week", "next year", "since 2015", "two years ago", "by the end of the year", "in the autumn", "in early May"}
	enTails    = []string{"According to a spokesperson, the cost will be around two billion dollars.", "Critics say the plan is too expensive and comes too late.", "The negotiations had dragged on for months.", "A vote in parliament is still pending.", "Several states want to join the proposal.", "The figures are well above those of the previous year.", "Business groups welcomed the step.", "Other cities are discussing similar plans."}
	people     = []string{"Anna Berger", "Jonas Keller", "Miriam Osei", "Tomasz Nowak", "Lena Hoffmann", "David Morales", "Sophie Laurent", "Karim Haddad"}
	acronyms   = [][2]string{{"VDB", "Verband Deutscher Bahnkunden"}, {"ECTA", "European Cargo Transport Association"}, {"IHW", "Institut für Handel und Wandel"}, {"NRFC", "National Rail Freight Council"}}
	frText     = []string{"Le gouvernement a annoncé lundi un nouveau budget pour les écoles de la région.", "Selon le porte-parole, les travaux commenceront au printemps et dureront deux ans.", "Les syndicats ont critiqué un projet qu'ils jugent trop coûteux et trop tardif.", "Une décision du parlement est attendue avant la fin de l'année.", "Plusieurs villes voisines envisagent des mesures semblables pour leurs habitants.", "Les chiffres publiés mardi sont nettement supérieurs à ceux de l'année dernière."}
)

// sentence writes one made-up sentence of an article in lang.
func (g *gen) sentence(lang string, year int) string {
	if lang == "de" {
		switch g.r.IntN(4) {
		case 0:
			return fmt.Sprintf("%s %s %s %s.", g.pick(deSubjects), strings.Fields(g.pick(deVerbs))[0], g.pick(deWhen), g.pick(deObjects))
		case 1:
			return fmt.Sprintf("%s sagte, %s habe %s %s.", g.pick(people), strings.ToLower(g.pick(deSubjects)[:1])+g.pick(deSubjects)[1:], g.pick(deObjects), "geprüft")
		case 2:
			return fmt.Sprintf("Am %d. %s %d hatte %s zuletzt darüber beraten.", 1+g.r.IntN(28), g.pick(deMonths), year-1-g.r.IntN(5), strings.ToLower(g.pick(deSubjects)[:1])+g.pick(deSubjects)[1:])
		}
		return g.pick(deTails)
	}
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s %s %s %s.", g.pick(enSubjects), g.pick(enVerbs), g.pick(enObjects), g.pick(enWhen))
	case 1:
		return fmt.Sprintf("%s said %s had %s %s.", g.pick(people), strings.ToLower(g.pick(enSubjects)), g.pick(enVerbs), g.pick(enObjects))
	case 2:
		return fmt.Sprintf("On %d %s %d, %s last discussed the matter.", 1+g.r.IntN(28), g.pick(enMonths), year-1-g.r.IntN(5), strings.ToLower(g.pick(enSubjects)))
	}
	return g.pick(enTails)
}

func (g *gen) headline(lang string) string {
	if lang == "de" {
		return fmt.Sprintf("%s %s %s", g.pick(deSubjects), strings.Fields(g.pick(deVerbs))[0], g.pick(deObjects))
	}
	return fmt.Sprintf("%s %s %s", g.pick(enSubjects), g.pick(enVerbs), g.pick(enObjects))
}

func (g *gen) articlePath(i int) string {
	s := g.section(i)
	y, m, _ := g.date(i)
	return fmt.Sprintf("%s/%d/%02d/story-%d.html", s.name, y, m, i)
}

// head and foot are the page's frame: navigation, header, footer, the
// loader, as a newsroom's template writes them.
func (g *gen) head(lang, title, extraHead string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>%s | Der Bote</title>\n", lang, title)
	b.WriteString("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n<script src=\"/assets/site.js\" defer></script>\n")
	b.WriteString("<script src=\"/glossline/glossline.js\" defer></script>\n")
	b.WriteString(extraHead)
	// What templates carry inline: critical CSS, a tag manager's
	// configuration.
	b.WriteString("<style>")
	for k := 0; k < 40; k++ {
		fmt.Fprintf(&b, ".c%d{margin:%dpx %dpx;color:#%06x}", k, k%7, k%5, g.r.UintN(1<<24))
	}
	b.WriteString("</style>\n<script>window.siteConfig={\"slots\":[")
	for k := 0; k < 60; k++ {
		fmt.Fprintf(&b, "{\"id\":\"slot-%d\",\"sizes\":[[300,250],[728,90]],\"key\":\"%x\"},", k, g.r.Uint64())
	}
	b.WriteString("{}]};</script>\n")
	b.WriteString("</head>\n<body>\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">Der Bote</a>\n<nav class=\"main-nav\"><ul>")
	for _, s := range sections {
		fmt.Fprintf(&b, "<li><a href=\"/%s/index.html\">%s</a></li>", s.name, s.title)
	}
	for _, t := range []string{"Kultur", "Sport", "Wissen", "Reise", "Meinung", "Podcasts", "Newsletter", "Archiv"} {
		fmt.Fprintf(&b, "<li><a href=\"/%s/\">%s</a></li>", strings.ToLower(t), t)
	}
	b.WriteString("<li class=\"more\"><ul>")
	for k := 0; k < 80; k++ {
		fmt.Fprintf(&b, "<li><a href=\"/themen/%d.html\">Thema %d</a></li>", k, k)
	}
	b.WriteString("</ul></li></ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\" placeholder=\"Suche\"><button>Suchen</button></form></header>\n")
	return b.String()
}

func (g *gen) foot() string {
	var b strings.Builder
	b.WriteString("<footer class=\"site-footer\"><ul>")
	for _, t := range []string{"Impressum", "Datenschutz", "Kontakt", "Abo", "Mediadaten", "Karriere", "AGB", "Barrierefreiheit"} {
		fmt.Fprintf(&b, "<li><a href=\"/%s.html\">%s</a></li>", strings.ToLower(t), t)
	}
	b.WriteString("</ul><p>© Der Bote, a made-up newspaper for glossline's tests.</p></footer>\n")
	b.WriteString("<script>window.dataLayer=window.dataLayer||[];function track(e){window.dataLayer.push(e)}track({event:'pageview'});</script>\n</body>\n</html>\n")
	return b.String()
}

func (g *gen) article(i int) error {
	s := g.section(i)
	y, m, d := g.date(i)
	title := g.headline(s.lang)
	meta := fmt.Sprintf("<meta property=\"article:published_time\" content=\"%d-%02d-%02dT08:00:00Z\">\n"+
		"<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":%q,\"datePublished\":\"%d-%02d-%02dT08:00:00Z\"}</script>\n", y, m, d, title, y, m, d)
	var b strings.Builder
	b.WriteString(g.head(s.lang, title, meta))
	fmt.Fprintf(&b, "<main>\n<article class=\"story\">\n<header><h1>%s</h1>\n<p class=\"byline\">Von %s, <time datetime=\"%d-%02d-%02d\">%d.%d.%d</time></p></header>\n", title, g.pick(people), y, m, d, d, m, y)
	paras := 3 + g.r.IntN(12)
	ac := acronyms[g.r.IntN(len(acronyms))]
	for p := 0; p < paras; p++ {
		if p == paras/2 && paras > 6 {
			fmt.Fprintf(&b, "<h2>%s</h2>\n", g.headline(s.lang))
		}
		b.WriteString("<p>")
		if p == 1 {
			fmt.Fprintf(&b, "%s (%s) ", ac[1], ac[0])
		}
		for k := 2 + g.r.IntN(3); k > 0; k-- {
			b.WriteString(g.sentence(s.lang, y))
			if k > 1 {
				b.WriteString(" ")
			}
		}
		if p == 2 {
			fmt.Fprintf(&b, " Der %s hatte das schon früher gefordert.", ac[0])
		}
		b.WriteString("</p>\n")
		if p == 1 {
			fmt.Fprintf(&b, "<figure><img src=\"/assets/pic-%d.jpg\" alt=\"\"><figcaption>Foto: %s</figcaption></figure>\n", i%3, g.pick(people))
		}
	}
	b.WriteString("<aside class=\"related\"><h3>Mehr zum Thema</h3><ul>")
	for k := 1; k <= 4; k++ {
		fmt.Fprintf(&b, "<li><a href=\"/%s\">%s</a></li>", g.articlePath((i+k*7)%1000), g.headline(s.lang))
	}
	b.WriteString("</ul></aside>\n</article>\n</main>\n")
	b.WriteString(g.foot())
	return g.write(Article, g.articlePath(i), []byte(b.String()))
}

func (g *gen) listing(i int) error {
	s := g.section(i)
	// The first of a section is its front, the others its later pages.
	rel := fmt.Sprintf("%s/page-%d.html", s.name, i)
	if !g.fronts[s.name] {
		g.fronts[s.name] = true
		rel = s.name + "/index.html"
	}
	var b strings.Builder
	b.WriteString(g.head(s.lang, s.title, ""))
	fmt.Fprintf(&b, "<main class=\"section\">\n<h1>%s</h1>\n", s.title)
	for k := 0; k < 12; k++ {
		j := (i + k*3) % 1000
		fmt.Fprintf(&b, "<div class=\"item\"><h2><a href=\"/%s\">%s</a></h2><p>%s</p></div>\n", g.articlePath(j), g.headline(s.lang), g.sentence(s.lang, 2024))
	}
	fmt.Fprintf(&b, "<p class=\"pager\"><a href=\"/%s/page-%d.html\">Weiter</a></p>\n</main>\n", s.name, i+50)
	b.WriteString(g.foot())
	return g.write(Listing, rel, []byte(b.String()))
}

func (g *gen) gallery(i int) error {
	s := g.section(i)
	var b strings.Builder
	b.WriteString(g.head(s.lang, "Bilder der Woche", ""))
	b.WriteString("<main class=\"gallery\">\n<h1>Bilder der Woche</h1>\n<ul class=\"pictures\">")
	for k := 0; k < 10; k++ {
		fmt.Fprintf(&b, "<li><img src=\"/assets/pic-%d.jpg\" alt=\"\"><a href=\"/bilder/%d-%d.html\">Bild %d</a></li>", k%3, i, k, k+1)
	}
	b.WriteString("</ul>\n</main>\n")
	b.WriteString(g.foot())
	return g.write(Gallery, fmt.Sprintf("bilder/woche-%d.html", i), []byte(b.String()))
}

func (g *gen) french(i int) error {
	var b strings.Builder
	b.WriteString(g.head("fr", "Un nouveau budget pour les écoles", ""))
	b.WriteString("<main>\n<article>\n<h1>Un nouveau budget pour les écoles</h1>\n")
	for p := 0; p < 5; p++ {
		fmt.Fprintf(&b, "<p>%s %s %s</p>\n", g.pick(frText), g.pick(frText), g.pick(frText))
	}
	b.WriteString("</article>\n</main>\n")
	b.WriteString(g.foot())
	return g.write(French, fmt.Sprintf("fr/%d/article-%d.html", 2019+i%8, i), []byte(b.String()))
}

// baked writes a page that carries glossline's markup already, as
// `glossline bake` leaves it.
func (g *gen) baked(i int) error {
	var b strings.Builder
	b.WriteString(g.head("en", "Storm season starts early", "<link rel=\"stylesheet\" href=\"/glossline/glossline.css\">\n"))
	b.WriteString("<main>\n<article data-glossline=\"done\">\n<h1>Storm season starts early</h1>\n")
	fmt.Fprintf(&b, "<p>The weather service said <time class=\"gl-date\" id=\"gl-d1\" datetime=\"2024-03-04\" data-value=\"2024-03-04\">on Monday</time> that the season had begun. %s</p>\n", g.sentence("en", 2024))
	fmt.Fprintf(&b, "<p>%s %s</p>\n", g.sentence("en", 2024), g.sentence("en", 2024))
	b.WriteString("</article>\n<aside class=\"gl-panel\" id=\"gl-panel\"><section class=\"gl-tl\"><h2>Timeline</h2><ol class=\"gl-timeline\"><li id=\"gl-t-1\"><time datetime=\"2024-03-04\">4 March 2024</time> <a class=\"gl-tl-link\" href=\"#gl-d1\">The season began</a></li></ol></section></aside>\n</main>\n")
	b.WriteString(g.foot())
	return g.write(Baked, fmt.Sprintf("archive/baked-%d.html", i), []byte(b.String()))
}

// assets writes the files that are not pages.
func (g *gen) assets() error {
	css := strings.Repeat("body{font:18px/1.5 Georgia,serif;margin:0}.site-header{display:flex;gap:1em}.main-nav ul{display:flex;list-style:none}\n", 20)
	files := map[string][]byte{
		"assets/site.css": []byte(css),
		"assets/site.js":  []byte("document.documentElement.classList.add('js');\n"),
		"robots.txt":      []byte("User-agent: *\nAllow: /\n"),
		"feed.xml":        []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Der Bote</title></channel></rss>\n"),
	}
	for k := 0; k < 3; k++ {
		pic := make([]byte, 20000+k*5000)
		for j := range pic {
			pic[j] = byte(g.r.UintN(256))
		}
		files[fmt.Sprintf("assets/pic-%d.jpg", k)] = pic
	}
	for _, name := range []string{"assets/site.css", "assets/site.js", "robots.txt", "feed.xml", "assets/pic-0.jpg", "assets/pic-1.jpg", "assets/pic-2.jpg"} {
		if err := g.write(Other, name, files[name]); err != nil {
			return err
		}
	}
	return nil
}
