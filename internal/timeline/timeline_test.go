package timeline

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/timex"

	"github.com/glossline/glossline/internal/segment"
	"github.com/glossline/glossline/internal/temporal"
	"github.com/glossline/glossline/internal/text"
)

// newDoc returns text as Build reads it: tokenized and split into
// sentences for lang.
func newDoc(s, lang string) *text.Doc {
	d := text.New(s)
	segment.Split(d, lang)
	return d
}

// fixture reads a text with marked expressions, "[[extent|value]]" or
// "[[extent|value|mod|open]]"; a value "TYPE:value" sets the type, which is
// otherwise DURATION for values starting with "P" (but not "PRESENT_REF" or
// "PAST_REF") and DATE for the rest.
func fixture(t testing.TB, marked string) (string, []temporal.Expr) {
	t.Helper()
	var b strings.Builder
	var exprs []temporal.Expr
	for {
		i := strings.Index(marked, "[[")
		if i < 0 {
			break
		}
		j := strings.Index(marked[i:], "]]")
		if j < 0 {
			t.Fatalf("unclosed marker in %q", marked)
		}
		b.WriteString(marked[:i])
		f := strings.Split(marked[i+2:i+j], "|")
		if len(f) < 2 {
			t.Fatalf("marker without value: %q", marked[i:i+j+2])
		}
		e := temporal.Expr{Start: b.Len(), Value: f[1], Type: "DATE"}
		if typ, v, ok := strings.Cut(f[1], ":"); ok && typ == strings.ToUpper(typ) && !strings.ContainsAny(typ, "0123456789") {
			e.Type, e.Value = typ, v
		} else if strings.HasPrefix(f[1], "P") && !strings.HasSuffix(f[1], "_REF") {
			e.Type = "DURATION"
		}
		if len(f) > 2 {
			e.Mod = f[2]
		}
		if len(f) > 3 {
			e.Open = f[3]
		}
		b.WriteString(f[0])
		e.End = b.Len()
		exprs = append(exprs, e)
		marked = marked[i+j+2:]
	}
	b.WriteString(marked)
	return b.String(), exprs
}

// inputName names a sub-test by its input: the fixture's text without
// markers, cut to its first 60 characters.
func inputName(t testing.TB, marked string) string {
	text, _ := fixture(t, marked)
	if r := []rune(text); len(r) > 60 {
		text = string(r[:60])
	}
	return text
}

// want describes an expected entry.
type want struct {
	date, label string
	sentences   int
	mod, open   string
}

func runFixture(t *testing.T, lang, marked string, wants []want) {
	t.Helper()
	text, exprs := fixture(t, marked)
	got := Build(Input{Doc: newDoc(text, lang), Exprs: exprs})
	checkInvariants(t, text, exprs, got)
	if len(got) != len(wants) {
		for _, e := range got {
			t.Logf("got %s %q (%d sentences, mod %q, open %q)", e.Date, e.Label, len(e.Sentences), e.Mod, e.Open)
		}
		t.Fatalf("%d entries, want %d", len(got), len(wants))
	}
	for i, w := range wants {
		e := got[i]
		if e.Date != w.date || e.Label != w.label || len(e.Sentences) != w.sentences || e.Mod != w.mod || e.Open != w.open {
			t.Errorf("entry %d:\n got  %s %q (%d sentences, mod %q, open %q)\n want %s %q (%d sentences, mod %q, open %q)",
				i, e.Date, e.Label, len(e.Sentences), e.Mod, e.Open, w.date, w.label, w.sentences, w.mod, w.open)
		}
	}
}

// checkInvariants checks what holds for every result: valid indices of
// timeline dates, sentences that hold their dates, ascending order.
func checkInvariants(t testing.TB, text string, exprs []temporal.Expr, entries []Entry) {
	t.Helper()
	seen := map[int]bool{}
	for k, e := range entries {
		if len(e.Dates) == 0 || len(e.Sentences) == 0 {
			t.Fatalf("entry %d has no dates or no sentences: %+v", k, e)
		}
		for n, i := range e.Dates {
			if i < 0 || i >= len(exprs) {
				t.Fatalf("entry %d: date index %d out of range", k, i)
			}
			if seen[i] {
				t.Fatalf("date %d in two entries", i)
			}
			seen[i] = true
			if n > 0 && e.Dates[n-1] >= i {
				t.Fatalf("entry %d: dates not in order: %v", k, e.Dates)
			}
			if exprs[i].Type != "DATE" && exprs[i].Type != "TIME" {
				t.Fatalf("entry %d built on a %s", k, exprs[i].Type)
			}
		}
		if msg := badSentences(text, exprs, e); msg != "" {
			t.Fatalf("entry %d: %s", k, msg)
		}
		if e.Label == "" || !utf8.ValidString(e.Label) || utf8.RuneCountInString(e.Label) > maxLabel {
			t.Fatalf("entry %d: bad label %q", k, e.Label)
		}
		if !inText(text, e.Label) {
			t.Fatalf("entry %d: label %q is not a stretch of the text", k, e.Label)
		}
		if k > 0 && timex.Compare(entries[k-1].Date, e.Date) > 0 {
			t.Fatalf("entries out of order: %s before %s", entries[k-1].Date, e.Date)
		}
	}
	if msg := sharedLabel(entries); msg != "" {
		t.Fatal(msg)
	}
}

// inText reports whether a label without the ellipses at its ends is a
// stretch of the text as the engines read it: white space runs as one
// space, soft hyphens and zero-width characters left out (and invalid
// UTF-8 read as U+FFFD), the letters' case as written.
func inText(text, label string) bool {
	norm := func(s string) string {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060':
				return -1
			}
			return r
		}, s)
		return strings.Join(strings.Fields(s), " ")
	}
	l := strings.Trim(label, "…")
	return l != "" && strings.Contains(norm(text), l)
}

// sharedLabel returns a message when two entries share a label, else "".
func sharedLabel(entries []Entry) string {
	seen := map[string]bool{}
	for _, e := range entries {
		if seen[e.Label] {
			return "two entries share the label " + strconv.Quote(e.Label)
		}
		seen[e.Label] = true
	}
	return ""
}

// badSentences returns what is wrong with the sentences of e, or "": they
// must lie inside the text on rune boundaries, be sorted and not overlap,
// and each of the entry's dates must overlap one of them.
func badSentences(text string, exprs []temporal.Expr, e Entry) string {
	for n, s := range e.Sentences {
		if !validSpan(text, s.Start, s.End) {
			return "bad sentence span " + spanString(s)
		}
		if n > 0 && e.Sentences[n-1].End > s.Start {
			return "sentences overlap or are out of order: " + spanString(e.Sentences[n-1]) + " " + spanString(s)
		}
	}
	for _, i := range e.Dates {
		if i < 0 || i >= len(exprs) {
			continue
		}
		found := false
		for _, s := range e.Sentences {
			found = found || s.Start < exprs[i].End && exprs[i].Start < s.End
		}
		if !found {
			return "no sentence holds date " + strconv.Itoa(i)
		}
	}
	return ""
}

func spanString(s segment.Span) string {
	return "{" + strconv.Itoa(s.Start) + " " + strconv.Itoa(s.End) + "}"
}

func TestBuildGerman(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{
			name: "merging: the meeting is mentioned twice",
			text: "Bundeskanzlerin Weber empfing am [[Montag|2024-03-11]] den kanadischen Premierminister zu einem Treffen in Potsdam. " +
				"Beide sprachen über Rohstoffe und Handel. " +
				"Das Treffen am [[Montag|2024-03-11]] war das erste seit dem Regierungswechsel in Ottawa.",
			want: []want{{"2024-03-11", "Bundeskanzlerin Weber empfing am Montag den kanadischen Premierminister zu einem Treffen in Potsdam", 2, "", ""}},
		},
		{
			name: "merging: two near-identical captions",
			text: "Die Ministerin besucht am [[Dienstag, 5. März 2024|2024-03-05]] das Hochwassergebiet bei Passau (Foto: Archiv).\n\n" +
				"Am [[Dienstag, 5. März 2024|2024-03-05]] besucht die Ministerin das Hochwassergebiet bei Passau.",
			want: []want{{"2024-03-05", "Die Ministerin besucht am Dienstag, 5. März 2024 das Hochwassergebiet bei Passau", 2, "", ""}},
		},
		{
			name: "same day, different events",
			text: "Am [[Montag|2024-03-11]] legte das Kabinett den Entwurf für den Haushalt vor. " +
				"In Hamburg stürzte am [[Montag|2024-03-11]] ein Baukran auf eine Straße.",
			want: []want{
				{"2024-03-11", "Am Montag legte das Kabinett den Entwurf für den Haushalt vor", 1, "", ""},
				{"2024-03-11", "In Hamburg stürzte am Montag ein Baukran auf eine Straße", 1, "", ""},
			},
		},
		{
			name: "a range attached to a noun",
			text: "Die Stadt erholte sich nur langsam vom Dreißigjährigen Krieg [[1618–1648|1618/1648]], als Söldner das Umland verwüstet hatten.",
			want: []want{{"1618/1648", "Dreißigjährigen Krieg", 1, "", ""}},
		},
		{
			name: "an open range and a qualifier",
			text: "Seit [[2014|2014||after]] kämpfen Separatisten im Osten des Landes gegen die Armee. " +
				"[[Anfang 2023|2023|START]] kündigte der Konzern die Schließung des Werks an.",
			want: []want{
				{"2014", "Seit 2014 kämpfen Separatisten im Osten des Landes gegen die Armee", 1, "", "after"},
				{"2023", "Anfang 2023 kündigte der Konzern die Schließung des Werks an", 1, "START", ""},
			},
		},
		{
			// The dates engine decides "seit" (Expr.Open, tested there); the
			// timeline keeps what it decided.
			name: "an open range as the dates engine gives it",
			text: "Die Brücke ist seit [[2019|2019||after]] für Lastwagen gesperrt.",
			want: []want{{"2019", "Die Brücke ist seit 2019 für Lastwagen gesperrt", 1, "", "after"}},
		},
		{
			name: "narrative through the decades",
			text: "Die Firma wurde [[1962|1962]] in Stuttgart gegründet. " +
				"In den [[1970er Jahren|197]] expandierte sie nach Frankreich und Spanien. " +
				"[[1989|1989]] übernahm der Gründer Karl Weber den Vorsitz des Aufsichtsrats. " +
				"[[Mitte der 1990er Jahre|199|MID]] geriet das Unternehmen in eine Krise. " +
				"Die Burg über der Stadt wurde [[etwa 1200|1200|APPROX]] errichtet.",
			want: []want{
				{"1200", "Die Burg über der Stadt wurde etwa 1200 errichtet", 1, "APPROX", ""},
				{"1962", "Die Firma wurde 1962 in Stuttgart gegründet", 1, "", ""},
				{"197", "In den 1970er Jahren expandierte sie nach Frankreich und Spanien", 1, "", ""},
				{"1989", "1989 übernahm der Gründer Karl Weber den Vorsitz des Aufsichtsrats", 1, "", ""},
				{"199", "Mitte der 1990er Jahre geriet das Unternehmen in eine Krise", 1, "MID", ""},
			},
		},
		{
			name: "durations, sets, references and unresolved dates are no events",
			text: "Die Verhandlungen dauerten [[drei Wochen|P3W]]. Der Markt findet [[jeden Montag|SET:XXXX-WXX-1]] statt. " +
				"Die Lage ist [[derzeit|PRESENT_REF]] ruhig. Am [[Mittwoch|XXXX-WXX-3]] tagt der Rat.",
			want: []want{},
		},
		{
			name: "attribution stays where it is part of the clause, a date of the verb of saying dates the statement",
			text: "Die Regierung hat am [[Dienstag|2024-03-12]] neue Sanktionen beschlossen, berichteten Staatsmedien. " +
				"Am [[Freitag|2024-03-15]] traten die Außenminister in Brüssel zusammen, sagte ein Sprecher. " +
				"Analysten zufolge wird die Notenbank im [[Juni|2024-06]] die Zinsen senken. " +
				"Der Sprecher sagte am [[Donnerstag|2024-03-14]], dass die Gespräche fortgesetzt würden. " +
				"Laut Polizei wurde am [[Samstag|2024-03-16]] ein Mann festgenommen. " +
				"Wie das Ministerium am [[Sonntag|2024-03-17]] mitteilte, wurden zwei Männer festgenommen.",
			want: []want{
				{"2024-03-12", "Die Regierung hat am Dienstag neue Sanktionen beschlossen", 1, "", ""},
				{"2024-03-14", "Der Sprecher sagte am Donnerstag, dass die Gespräche fortgesetzt würden", 1, "", ""},
				{"2024-03-15", "Am Freitag traten die Außenminister in Brüssel zusammen", 1, "", ""},
				{"2024-03-16", "Laut Polizei wurde am Samstag ein Mann festgenommen", 1, "", ""},
				{"2024-03-17", "Wie das Ministerium am Sonntag mitteilte, wurden zwei Männer festgenommen", 1, "", ""},
				{"2024-06", "Analysten zufolge wird die Notenbank im Juni die Zinsen senken", 1, "", ""},
			},
		},
		{
			name: "a date of the verb of saying dates the statement; a date in what was said keeps the event",
			text: "Das Umweltbundesamt (UBA) erklärte am [[Donnerstag|2024-03-14]], die Emissionen seien [[2023|2023]] deutlich gesunken. " +
				"Die Gewerkschaft teilte am [[Montag|2024-03-11]] mit, dass der Streik beendet sei. " +
				"Der Streik ist vorbei, sagte die Sprecherin der Gewerkschaft am [[Sonntag|2024-03-10]]. " +
				"Am [[Freitag|2024-03-15]] sagte der Bürgermeister, der Haushalt sei ausgeglichen. " +
				"„Der Vertrag ist fair“, sagte die Ministerin am [[Dienstag|2024-03-19]] in Bonn. " +
				"In ihrem Bericht vom [[Mittwoch|2024-03-20]] schrieb Frankreichs größte Zeitung Le Monde, die Regierung plane Neuwahlen. " +
				"Der Trainer sagte am [[Donnerstag|2024-03-21]]: „Wir sind bereit.“ " +
				"Schuld sei ein Fehler der Behörde gewesen, die den Antrag verloren habe, sagte [[gestern|2024-03-09]] der Bürgermeister.",
			want: []want{
				{"2023", "die Emissionen seien 2023 deutlich gesunken", 1, "", ""},
				{"2024-03-09", "…sei ein Fehler der Behörde gewesen, die den Antrag verloren habe, sagte gestern der Bürgermeister", 1, "", ""},
				{"2024-03-10", "Der Streik ist vorbei, sagte die Sprecherin der Gewerkschaft", 1, "", ""},
				{"2024-03-11", "Die Gewerkschaft teilte am Montag mit, dass der Streik beendet sei", 1, "", ""},
				{"2024-03-14", "Das Umweltbundesamt (UBA) erklärte am Donnerstag, die Emissionen seien 2023 deutlich gesunken", 1, "", ""},
				{"2024-03-15", "Am Freitag sagte der Bürgermeister, der Haushalt sei ausgeglichen", 1, "", ""},
				{"2024-03-19", "„Der Vertrag ist fair“, sagte die Ministerin am Dienstag in Bonn", 1, "", ""},
				{"2024-03-20", "In ihrem Bericht vom Mittwoch schrieb Frankreichs größte Zeitung Le Monde, die Regierung…", 1, "", ""},
				{"2024-03-21", "Der Trainer sagte am Donnerstag: „Wir sind bereit.“", 1, "", ""},
			},
		},
		{
			name: "a pronoun in what was said takes the speaker when the whole fits",
			text: "Die Bahn, der größte Verkehrskonzern des Landes, teilte mit, sie habe [[im Februar|2024-02]] mehr Fahrgäste befördert. " +
				"Die Ministerin, die seit Jahren im Amt ist, sagte, sie habe [[im März|2024-03]] den Etat gekürzt.",
			want: []want{
				{"2024-02", "sie habe im Februar mehr Fahrgäste befördert", 1, "", ""},
				{"2024-03", "Die Ministerin, die seit Jahren im Amt ist, sagte, sie habe im März den Etat gekürzt", 1, "", ""},
			},
		},
		{
			name: "a clause closed after an embedded one",
			text: "Der Gemeinderat hat [[gestern|2024-03-11]] den Plan, das alte Rathaus abzureißen, gutgeheißen.",
			want: []want{{"2024-03-11", "Der Gemeinderat hat gestern den Plan, das alte Rathaus abzureißen, gutgeheißen", 1, "", ""}},
		},
		{
			name: "a list of dates: the first keeps the clause, each other label ends after its own date",
			text: "Die Regierung hat die Steuern [[2025|2025]] und [[2026|2026]] gesenkt. " +
				"Die Sitzungen finden am [[29. Januar|2024-01-29]], [[10. Februar|2024-02-10]] und [[11. März|2024-03-11]] statt. " +
				"[[2023|2023]] wuchs die Wirtschaft um 0,7 Prozent.",
			want: []want{
				{"2023", "2023 wuchs die Wirtschaft um 0,7 Prozent", 1, "", ""},
				{"2024-01-29", "Die Sitzungen finden am 29. Januar, 10. Februar und 11. März statt", 1, "", ""},
				{"2024-02-10", "Die Sitzungen finden am 29. Januar, 10. Februar…", 1, "", ""},
				{"2024-03-11", "Die Sitzungen finden am 29. Januar, 10. Februar und 11. März…", 1, "", ""},
				{"2025", "Die Regierung hat die Steuern 2025 und 2026 gesenkt", 1, "", ""},
				{"2026", "Die Regierung hat die Steuern 2025 und 2026…", 1, "", ""},
			},
		},
		{
			name: "a clause without a verb takes the clause before it",
			text: "Die Band spielt am [[9. Mai|2024-05-09]] in Bremen, am [[12. Mai|2024-05-12]] in Kiel.",
			want: []want{
				{"2024-05-09", "Die Band spielt am 9. Mai in Bremen", 1, "", ""},
				{"2024-05-12", "Die Band spielt am 9. Mai in Bremen, am 12. Mai in Kiel", 1, "", ""},
			},
		},
		{
			name: "a fronted date stays before the verb; a date inside its phrase stays",
			text: "Am [[Montag|2024-03-11]] wurde im Rathaus ein Vertrag unterzeichnet. " +
				"Am [[Mittwoch|2024-03-13]] lieferten sich britische Läufer ein hartes Duell. " +
				"Die Bilanz wurde in dem [[gestern|2024-03-12]] veröffentlichten Bericht korrigiert.",
			want: []want{
				{"2024-03-11", "Am Montag wurde im Rathaus ein Vertrag unterzeichnet", 1, "", ""},
				{"2024-03-12", "Die Bilanz wurde in dem gestern veröffentlichten Bericht korrigiert", 1, "", ""},
				{"2024-03-13", "Am Mittwoch lieferten sich britische Läufer ein hartes Duell", 1, "", ""},
			},
		},
		{
			name: "a subordinate clause is the label, in its own order",
			text: "Als die Minister am [[Mittwoch|2024-03-13]] eine Fabrik besichtigten, stellten Reporter viele Fragen. " +
				"Die Börse schwankte, nachdem der Kanzler am [[Freitag|2024-03-15]] an einem Gipfel teilnahm.",
			want: []want{
				{"2024-03-13", "Als die Minister am Mittwoch eine Fabrik besichtigten", 1, "", ""},
				{"2024-03-15", "nachdem der Kanzler am Freitag an einem Gipfel teilnahm", 1, "", ""},
			},
		},
		{
			name: "a separable verb stays whole",
			text: "Es wird ernst, wenn der Kanzler am [[Freitag|2024-03-15]] an dem Gipfel teilnimmt.",
			want: []want{{"2024-03-15", "wenn der Kanzler am Freitag an dem Gipfel teilnimmt", 1, "", ""}},
		},
		{
			name: "a clause with two dates is cut at the conjunction between them",
			text: "Die Armee feuerte am [[Montag|2024-03-11]] zwei Raketen ab und setzte damit eine Serie von Tests seit [[2022|2022||after]] fort. " +
				"Am [[Montag|2024-03-18]] hat Nordkorea zwei Raketen abgefeuert und beendete damit eine Pause seit [[2021|2021||after]].",
			want: []want{
				{"2021", "beendete damit eine Pause", 1, "", "after"},
				{"2022", "setzte damit eine Serie von Tests seit 2022 fort", 1, "", "after"},
				{"2024-03-11", "Die Armee feuerte am Montag zwei Raketen ab", 1, "", ""},
				{"2024-03-18", "Am Montag hat Nordkorea zwei Raketen abgefeuert", 1, "", ""},
			},
		},
		{
			name: "a date alone in its sentence anchors nothing",
			text: "[[12. März 2024|2024-03-12]]\n\nDer Rat tagte lange.",
			want: []want{},
		},
	}
	for _, tt := range tests {
		t.Run(inputName(t, tt.text), func(t *testing.T) {
			t.Log(tt.name)
			runFixture(t, "de", tt.text, tt.want)
		})
	}
}

func TestBuildEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{
			name: "merging: the meeting is mentioned twice",
			text: "Prime Minister Hale met the Canadian premier in Glasgow on [[Monday|2024-03-11]] for their first meeting in a year. " +
				"They discussed minerals and trade. " +
				"The meeting on [[Monday|2024-03-11]] ran two hours over schedule.",
			want: []want{{"2024-03-11", "Prime Minister Hale met the Canadian premier in Glasgow on Monday for their first meeting", 2, "", ""}},
		},
		{
			name: "same day, different events",
			text: "On [[Monday|2024-03-11]], the Senate passed the budget bill. " +
				"Separately on [[Monday|2024-03-11]], a freight train derailed near the Ohio border.",
			want: []want{
				{"2024-03-11", "the Senate passed the budget bill", 1, "", ""},
				{"2024-03-11", "a freight train derailed near the Ohio border", 1, "", ""},
			},
		},
		{
			name: "a range before a proper name gives the noun phrase",
			text: "Veterans of the [[1950-53|1950/1953]] Korean War gathered in a small museum.",
			want: []want{{"1950/1953", "the 1950-53 Korean War", 1, "", ""}},
		},
		{
			name: "an open range and qualifiers",
			text: "Since [[2014|2014||after]], separatists have fought government forces in the east. " +
				"In [[early 2023|2023|START]], the company announced it would close the plant. " +
				"The bridge was built [[around 1950|1950|APPROX]].",
			want: []want{
				{"1950", "The bridge was built", 1, "APPROX", ""},
				{"2014", "separatists have fought government forces in the east", 1, "", "after"},
				{"2023", "the company announced it would close the plant", 1, "START", ""},
			},
		},
		{
			name: "narrative through the decades",
			text: "The company was founded in Detroit in [[1962|1962]]. " +
				"In the [[1970s|197]], it expanded into Canada and Mexico. " +
				"In [[1989|1989]], founder Karl Weber became chairman. " +
				"By the [[mid-1990s|199|MID]] the business was in crisis. " +
				"In the [[19th century|18]] the site was a shipyard.",
			want: []want{
				{"18", "the site was a shipyard", 1, "", ""},
				{"1962", "The company was founded in Detroit", 1, "", ""},
				{"197", "it expanded into Canada and Mexico", 1, "", ""},
				{"1989", "founder Karl Weber became chairman", 1, "", ""},
				{"199", "the business was in crisis", 1, "MID", ""},
			},
		},
		{
			name: "attribution is left out where it is a clause of its own, a date of the verb of saying dates the statement",
			text: "Two diplomats were expelled on [[Tuesday|2024-03-12]], the ministry said. " +
				"The ministry said on [[Wednesday|2024-03-13]] that it had summoned the ambassador. " +
				"According to officials, the ceasefire collapsed on [[Sunday|2024-03-10]]. " +
				"The talks resumed on [[Monday|2024-03-11]]. According to a statement by the UN. The agency left on [[Friday|2024-03-15]].",
			want: []want{
				{"2024-03-10", "the ceasefire collapsed", 1, "", ""},
				{"2024-03-11", "The talks resumed", 1, "", ""},
				{"2024-03-12", "Two diplomats were expelled", 1, "", ""},
				{"2024-03-13", "The ministry said on Wednesday that it had summoned the ambassador", 1, "", ""},
				{"2024-03-15", "The agency left", 1, "", ""},
			},
		},
		{
			name: "a date between subject and verb stays; a statement with what was said when it fits",
			text: "The harbour fire, on [[Aug. 7|1998-08-07]], destroyed 14 warehouses. " +
				"The number of rescued miners, at first three, has climbed to nine, the mayor said [[Wednesday|2024-03-13]].",
			want: []want{
				{"1998-08-07", "The harbour fire, on Aug. 7, destroyed 14 warehouses", 1, "", ""},
				{"2024-03-13", "The number of rescued miners, at first three, has climbed to nine, the mayor said", 1, "", ""},
			},
		},
		{
			name: "a date in the clause after the verb of saying is that clause's; a date of the verb dates the statement",
			text: "Two bridges collapsed, engineers said as the water rose [[Saturday|1998-08-08]]. " +
				"The council acted within its powers, the mayor said [[Friday|2024-03-15]] in reply to critics.",
			want: []want{
				{"1998-08-08", "the water rose", 1, "", ""},
				{"2024-03-15", "The council acted within its powers, the mayor said Friday in reply to critics", 1, "", ""},
			},
		},
		{
			name: "a date of the verb of saying dates the statement; a date in what was said keeps the event",
			text: "The International Energy Agency (IEA) said on [[Thursday|2024-03-14]] that oil demand fell steeply [[in January|2024-01]]. " +
				"The strike has ended, the union told reporters on [[Sunday|2024-03-10]]. " +
				"The mayor said in a statement on [[Monday|2024-03-11]] that the budget was balanced. " +
				"Officials said the bridge reopened on [[Saturday|2024-03-16]]. " +
				"\"The vote was fair,\" the monitor said on [[Tuesday|2024-03-19]], adding that turnout was high. " +
				"She told the BBC on [[Wednesday|2024-03-20]]: \"We are ready.\" " +
				"The court said [[Thursday|2024-03-21]]'s ruling was final.",
			want: []want{
				{"2024-01", "oil demand fell steeply", 1, "", ""},
				{"2024-03-10", "The strike has ended, the union told reporters", 1, "", ""},
				{"2024-03-11", "The mayor said in a statement on Monday that the budget was balanced", 1, "", ""},
				{"2024-03-14", "The International Energy Agency (IEA) said on Thursday that oil demand fell steeply in January", 1, "", ""},
				{"2024-03-16", "the bridge reopened", 1, "", ""},
				{"2024-03-19", "\"The vote was fair,\" the monitor said", 1, "", ""},
				{"2024-03-20", "She told the BBC on Wednesday: \"We are ready.\"", 1, "", ""},
				{"2024-03-21", "Thursday's ruling was final", 1, "", ""},
			},
		},
		{
			name: "a pronoun in what was said takes the speaker",
			text: "Harbor Aid, a volunteer group, said it rescued 200 people from the floods [[three days ago|2024-03-09]]. " +
				"The museum, which opened in 1990, said it had sold its last painting [[in May|2023-05]]. " +
				"He said the factory would stay closed until [[2026|2026]].",
			want: []want{
				{"2023-05", "The museum, which opened in 1990, said it had sold its last painting", 1, "", ""},
				{"2024-03-09", "Harbor Aid, a volunteer group, said it rescued 200 people from the floods", 1, "", ""},
				{"2026", "the factory would stay closed", 1, "", ""},
			},
		},
		{
			name: "a range written as one phrase is one entry",
			text: "The number of farms declined between [[1982|1982]] and [[1992|1992]].",
			want: []want{
				{"1982/1992", "The number of farms declined", 1, "", ""},
			},
		},
		{
			name: "a participle clause is the label; a date before a noun gives the noun phrase",
			text: "Founded on [[Nov. 25|1999-11-25]] by three engineers in a garage, Corvex became a global supplier. " +
				"Marlow, who lives in Leeds, was charged in the [[October 1998|1998-10]] theft of a painting.",
			want: []want{
				{"1998-10", "the October 1998 theft of a painting", 1, "", ""},
				{"1999-11-25", "Founded on Nov. 25 by three engineers in a garage", 1, "", ""},
			},
		},
		{
			name: "times and durations",
			text: "The polls closed at [[8 p.m.|2024-03-10T20:00]] on Sunday after voting for [[12 hours|PT12H]].",
			want: []want{{"2024-03-10T20:00", "The polls closed at 8 p.m. on Sunday after voting for 12 hours", 1, "", ""}},
		},
	}
	for _, tt := range tests {
		t.Run(inputName(t, tt.text), func(t *testing.T) {
			t.Log(tt.name)
			runFixture(t, "en", tt.text, tt.want)
		})
	}
}

func TestBuildBadInput(t *testing.T) {
	txt := "Am Montag traf er ihn. \xff\xfe Am Dienstag nicht."
	exprs := []temporal.Expr{
		{Start: 3, End: 9, Type: "DATE", Value: "2024-03-11"},
		{Start: -4, End: 2, Type: "DATE", Value: "2024-03-11"},   // before the text
		{Start: 5, End: 7, Type: "DATE", Value: "2024-03-11"},    // overlaps the first
		{Start: 20, End: 999, Type: "DATE", Value: "2024-03-12"}, // past the end
		{Start: 23, End: 24, Type: "DATE", Value: "2024-03-12"},  // on invalid UTF-8
		{Start: 9, End: 3, Type: "DATE", Value: "2024-03-12"},    // reversed
	}
	sents := []segment.Span{{Start: 30, End: 10}, {Start: 0, End: 1000}, {Start: 0, End: 23}}
	got := build(text.New(txt), "xx", exprs, sents, nil)
	checkInvariants(t, txt, exprs, got)
	if len(got) == 0 || got[0].Dates[0] != 0 || got[0].Label != "Am Montag traf er ihn" {
		t.Errorf("got %+v, want the first expression's entry first", got)
	}
	for _, e := range got {
		for _, i := range e.Dates {
			if i != 0 && i != 4 {
				t.Errorf("entry for the unusable expression %d: %+v", i, e)
			}
		}
	}
	if got := Build(Input{}); len(got) != 0 {
		t.Errorf("empty input: %+v", got)
	}
}

// TestBuildHugeInput checks that a long run-on sentence with thousands of
// mentions of one date, and a giant word, are handled (the test would time
// out if Build were quadratic in them).
func TestBuildHugeInput(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(strings.Repeat("x", 5000) + " am [[Montag|2024-03-11]] ")
	for i := 0; i < 3000; i++ {
		sb.WriteString("und der Rat tagte am [[Montag|2024-03-11]] lange, ")
	}
	txt, exprs := fixture(t, sb.String())
	got := build(text.New(txt), "de", exprs, []segment.Span{{Start: 0, End: len(txt)}}, nil)
	checkInvariants(t, txt, exprs, got)
	if len(got) != 1 || len(got[0].Dates) != len(exprs) {
		t.Errorf("got %d entries, want one holding all %d mentions", len(got), len(exprs))
	}
}

// TestBuildWithoutSentences checks the fallbacks for a date that no
// sentence covers: its paragraph, else its line.
func TestBuildWithoutSentences(t *testing.T) {
	txt, exprs := fixture(t, "Der Rat tagte am [[Montag|2024-03-11]] in Bonn\nund beschloss nichts.")
	paras := []segment.Span{{Start: 0, End: len(txt)}}
	tests := []struct {
		name  string
		paras []segment.Span
		want  string
		span  segment.Span
	}{
		{"paragraph", paras, "Der Rat tagte am Montag in Bonn und beschloss nichts", paras[0]},
		{"line", nil, "Der Rat tagte am Montag in Bonn", segment.Span{Start: 0, End: strings.IndexByte(txt, '\n')}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := build(text.New(txt), "de", exprs, nil, tt.paras)
			if len(got) != 1 || got[0].Label != tt.want || got[0].Sentences[0] != tt.span {
				t.Errorf("got %+v, want label %q in %v", got, tt.want, tt.span)
			}
		})
	}
}

// TestBuildFallbackBesideSentence is the regression test for an entry
// whose sentences overlapped ([{1 10} {1 24}]): a date no sentence covers
// took its whole line as its sentence, over the sentence of another mention
// of the same date it was then merged with. The fallback now stops at the
// neighbouring sentences, and the spans of one entry are joined when they
// still overlap (two dates far apart in one long line).
func TestBuildFallbackBesideSentence(t *testing.T) {
	// span returns the span of the n-th sentence of text split at ". "
	span := func(text string, n int) segment.Span {
		start := 0
		for ; n > 0; n-- {
			start += strings.Index(text[start:], ". ") + 2
		}
		end := len(text)
		if i := strings.Index(text[start:], ". "); i >= 0 {
			end = start + i + 1
		}
		return segment.Span{Start: start, End: end}
	}
	tests := []struct {
		name, marked string
		sents        func(text string) []segment.Span // the sentences segment found
		want         func(text string) []segment.Span
	}{
		{
			name:   "line after a sentence",
			marked: "The council met on [[Monday|2024-03-11]]. The council met again on [[Monday|2024-03-11]] at night",
			sents:  func(text string) []segment.Span { return []segment.Span{span(text, 0)} },
			want:   func(text string) []segment.Span { return []segment.Span{span(text, 0), span(text, 1)} },
		},
		{
			name:   "line before a sentence",
			marked: "\nThe council met on [[Monday|2024-03-11]]. The council met again on [[Monday|2024-03-11]] at night.",
			sents:  func(text string) []segment.Span { return []segment.Span{span(text, 1)} },
			want: func(text string) []segment.Span {
				return []segment.Span{{Start: 1, End: span(text, 0).End}, span(text, 1)}
			},
		},
		{
			name:   "two dates in one long line",
			marked: "The council met on [[Monday|2024-03-11]] " + strings.Repeat("and talked ", 40) + "until the council met on [[Monday|2024-03-11]] again",
			sents:  func(string) []segment.Span { return nil },
			want:   func(text string) []segment.Span { return []segment.Span{{Start: 0, End: len(text)}} },
		},
	}
	for _, tt := range tests {
		t.Run(inputName(t, tt.marked), func(t *testing.T) {
			t.Log(tt.name)
			txt, exprs := fixture(t, tt.marked)
			got := build(text.New(txt), "en", exprs, tt.sents(txt), nil)
			checkInvariants(t, txt, exprs, got)
			if len(got) != 1 {
				t.Fatalf("got %d entries, want 1: %+v", len(got), got)
			}
			if want := tt.want(txt); !slices.Equal(got[0].Sentences, want) {
				t.Errorf("sentences %v, want %v", got[0].Sentences, want)
			}
		})
	}
}
