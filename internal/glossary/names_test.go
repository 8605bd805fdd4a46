package glossary

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glossline/glossline/internal/datafile/tablegen"
)

// TestNames: every name once, defined or not; no common noun where any
// noun may be capitalised; short forms are mentions, not names (issue 21).
func TestNames(t *testing.T) {
	checkNames(t, []nameCase{
		{"en", "Construction began in May. Workers said James Nixey of Chatham House had warned. Nixey left for Ahrweiler, where the Collection of the Year is shown.",
			[]string{"James Nixey", "Chatham House", "Ahrweiler", "Collection of the Year"}, []string{"Construction", "Workers", "Nixey"}},
		{"en", "It requires policy: Efficiency standards matter, said Ludwig Kreuzberg in Warsaw, 20 Percent of them.",
			[]string{"Ludwig Kreuzberg", "Warsaw"}, []string{"Efficiency", "Percent"}},
		{"de", "Die Forscher in China fanden 20 Prozent. Sie reisten nach Kairo.",
			[]string{"China", "Kairo"}, []string{"Forscher", "Prozent"}},
		{"de", "Der Fahrer sitzt am Steuer. Das Gesundheitsamt prüft die Fledermaus-Coronaviren, sagt Christian Drosten von der Charité. Coronaviren gab es immer, sagt Drosten.",
			[]string{"Christian Drosten"}, []string{"Steuer", "Gesundheitsamt", "Coronaviren", "Drosten"}},
		{"en", "The show lit “The World of Tomorrow.” Later, Paris Benoit Tessier took a picture of the Moulin Rouge in Paris, said “we are done here.”",
			[]string{"The World of Tomorrow", "Paris"}, []string{"World", "Tomorrow", "we are done here"}},
		{"de", "Sie kam aus Italien nach Deutschland. Im Ausland war sie in Gefahr.",
			[]string{"Italien", "Deutschland"}, []string{"Ausland", "Gefahr"}},
		{"de", "Wells veröffentlichte den Roman „Krieg der Welten“. Sie sagte: „Das ist gut.“",
			[]string{"Krieg der Welten"}, []string{"Welten", "Das ist gut"}},
	})
}

// TestNounsFile checks data/de-nouns.lst, which inNouns searches without
// parsing: one lower-case entry a line, in byte order, each once, no
// blank line, the file ending in a line break.
func TestNounsFile(t *testing.T) {
	deNouns := lexiconFor("de").nounList
	if !strings.HasSuffix(deNouns, "\n") {
		t.Fatal("data/de-nouns.lst must end in a line break")
	}
	lines := strings.Split(strings.TrimSuffix(deNouns, "\n"), "\n")
	for i, l := range lines {
		switch {
		case l == "" || strings.TrimSpace(l) != l:
			t.Errorf("line %d: %q is empty or has spaces", i+1, l)
		case l != strings.ToLower(l) || !utf8.ValidString(l):
			t.Errorf("line %d: %q is not lower-case UTF-8", i+1, l)
		case i > 0 && lines[i-1] >= l:
			t.Errorf("line %d: %q is not after %q (byte order, each once)", i+1, l, lines[i-1])
		}
		if !inNouns(l) {
			t.Errorf("line %d: inNouns(%q) is false", i+1, l)
		}
	}
	for _, w := range []string{"", "a", "zzzz", "haupt", lines[0] + "x"} {
		if inNouns(w) {
			t.Errorf("inNouns(%q) is true", w)
		}
	}
}

// TestNounStem: inflections, umlaut plurals and compounds of listed nouns
// are nouns; names that merely end like one, given names and places are
// not.
func TestNounStem(t *testing.T) {
	e := &engine{de: true, lx: lexiconFor("de")}
	for w, want := range map[string]bool{
		"zeitung": true, "türme": true, "töpfe": true, "kunden": true, "garagen": true,
		"kohlendioxid": true, "hauptbahnhof": true, "kunden-konto": true, "wassertürme": true,
		"müller": false, "clinton": false, "europol": false, "skype": false, "washington": false,
		"dortmund": false, "haupt": false, "": false, "silbermond": false, "stefan": false, "bremen": false,
	} {
		if got := e.nounLike(w); got != want {
			t.Errorf("nounLike(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNounsGenerated checks that the data file's section glossary.nouns.de
// is data/de-nouns.lst; -update rewrites it.
func TestNounsGenerated(t *testing.T) {
	src, err := os.ReadFile("data/de-nouns.lst")
	if err != nil {
		t.Fatal(err)
	}
	const run = "go test ./internal/glossary -run TestNounsGenerated -update"
	// the format inNouns reads: sorted lines, each ending in a newline
	secs := []tablegen.Section{{Name: "glossary.nouns.de", Data: string(src)}}
	if err := tablegen.SyncFile("glossary.nouns.", secs, "1", *update, run); err != nil {
		t.Fatal(err)
	}
}
