package lang

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		// German.
		{"Der Präsident traf sich am Mittwoch mit dem Minister, um über die Lage zu sprechen.", "de"},
		{"Die Gespräche dauerten vier Stunden und wurden später fortgesetzt.", "de"},
		{"Nach dem Treffen sagte er, dass es keine Einigung gebe.", "de"},
		{"DER GIPFEL IST VORBEI UND DIE DELEGATIONEN REISEN AB", "de"},
		{"und", "de"},
		// English.
		{"The president met the minister on Wednesday to discuss the situation.", "en"},
		{"Talks lasted four hours and were continued later that day.", "en"},
		{"After the meeting he said that there had been no agreement.", "en"},
		{"the", "en"},
		// No evidence: the default.
		{"", "en"},
		{"   \n\t ", "en"},
		{"12.09.2023 – 14:30", "en"},
		{"Kim Jong Un, Wladimir Putin", "en"},
		{"\xff\xfe\xfd", "en"},
		// Shared words ("in", "so", "was") are no evidence either way.
		{"in so was", "en"},
		// Languages glossline recognises only to leave them alone.
		{"Le président a rencontré mercredi le chancelier, selon les services de presse, et ils ont parlé de la guerre.", "fr"},
		{"El presidente se reunió el miércoles con el canciller, según la oficina de prensa. Hablaron durante dos horas sobre la guerra y también sobre el gas.", "es"},
		{"Il presidente ha incontrato mercoledì il cancelliere, secondo l'ufficio stampa, e hanno parlato della guerra.", "it"},
		{"De president heeft woensdag de kanselier ontmoet, volgens de persdienst. Zij spraken tijdens het diner ook over de oorlog.", "nl"},
		// A few of their words are not enough.
		{"La Paz, le chef", "en"},
		{"Die Band spielte am Abend „la vie en rose“ und „que sera“, und das Publikum sang bei allen Liedern mit, die sie in ihrer Heimat bekannt gemacht hatten.", "de"},
		// Names from those languages in an English or German text are no
		// evidence against it.
		{"The mayor of Los Angeles flew to El Salvador on Tuesday, where al-Assad's envoy and the head of the Banco del Sur were waiting for him.", "en"},
		{"Der Bürgermeister von Los Angeles flog am Dienstag nach El Salvador, wo ihn der Gesandte von al-Assad und der Chef der Banco del Sur erwarteten.", "de"},
		// Mixed: the majority wins.
		{"Der Bericht (\"the report\") wurde am Montag von der Regierung veröffentlicht und ist sehr lang.", "de"},
		{"The phrase \"der Tag\" appeared in the report, which was published on Monday by the government.", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDetectReadsOnlyTheStart(t *testing.T) {
	// German first, then far more English beyond MaxScan: the start decides.
	de := strings.Repeat("Die Regierung hat sich nicht dazu geäußert. ", MaxScan/40+10)
	en := strings.Repeat("The government did not comment on it. ", 10*MaxScan/40)
	if got := Detect(de + en); got != "de" {
		t.Errorf("Detect(German then English) = %q, want de", got)
	}
	// A multi-byte rune straddling the cut must not matter.
	text := strings.Repeat("ä", MaxScan) + " und die"
	if got := Detect(text); got != "en" {
		t.Errorf("Detect(long word past the cut) = %q, want en", got)
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "der die das", "the of and", "\xff\xfe", strings.Repeat("Ä", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got := Detect(text)
		known := false
		for _, l := range languages {
			known = known || l == got
		}
		if !known {
			t.Fatalf("Detect(%q) = %q, not a language of the list", text, got)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("Der Präsident traf sich am Mittwoch mit dem Minister, um über die Lage zu sprechen. ", 300)
	b.SetBytes(int64(min(len(text), MaxScan)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}

func TestCodeAndSupported(t *testing.T) {
	for _, c := range []struct {
		tag, code string
		ok        bool
	}{
		{"de", "de", true}, {"de-AT", "de", true}, {"EN-gb", "en", true}, {"en_US", "en", true},
		{" fr ", "fr", false}, {"nl-BE", "nl", false}, {"", "", false}, {"auto", "auto", false},
	} {
		if got := Code(c.tag); got != c.code || Supported(got) != c.ok {
			t.Errorf("Code(%q) = %q (supported %v), want %q (%v)", c.tag, got, Supported(got), c.code, c.ok)
		}
	}
}
