package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// texts returns the text of each span.
func texts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = text[s.Start:s.End]
	}
	return out
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"   \n\t\n  ", nil},
		{"One.", []string{"One."}},
		{"  One line\nsame paragraph  ", []string{"One line\nsame paragraph"}},
		{"First.\n\nSecond.", []string{"First.", "Second."}},
		{"First.\n \t \nSecond.", []string{"First.", "Second."}},
		{"First.\r\n\r\nSecond.\r\n", []string{"First.", "Second."}},
		{"\n\n\nFirst.\n\n\n\n\nSecond.\n\n", []string{"First.", "Second."}},
		{"Kopf\n\n\u00a0\n\nText", []string{"Kopf", "Text"}},
		{"a\n\nb\n\nc", []string{"a", "b", "c"}},
		{"bad \xff byte\n\n\xfe", []string{"bad \xff byte", "\xfe"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := texts(tt.text, Paragraphs(tt.text))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Paragraphs(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		lang string
		text string
		want []string
	}{
		// German ordinals and dates stay inside their sentence.
		{"de", "Sie trafen sich am 12. September 2023 in Moskau. Danach reisten sie ab.",
			[]string{"Sie trafen sich am 12. September 2023 in Moskau.", "Danach reisten sie ab."}},
		{"de", "Die Feier ist am 3. Oktober. Alle sind eingeladen.",
			[]string{"Die Feier ist am 3. Oktober.", "Alle sind eingeladen."}},
		{"de", "Das geschah im 19. Jahrhundert in Preußen.",
			[]string{"Das geschah im 19. Jahrhundert in Preußen."}},
		{"de", "Am Dienstag, dem 12. September, begann der Besuch.",
			[]string{"Am Dienstag, dem 12. September, begann der Besuch."}},
		{"de", "Er feierte seinen 80. Geburtstag. Die Gäste kamen spät.",
			[]string{"Er feierte seinen 80. Geburtstag.", "Die Gäste kamen spät."}},
		{"de", "Es geschah am 12. Sept. 2023 in Wladiwostok.",
			[]string{"Es geschah am 12. Sept. 2023 in Wladiwostok."}},
		{"de", "Die Zahl der Verletzten stieg auf 12. Die Polizei ermittelt.",
			[]string{"Die Zahl der Verletzten stieg auf 12.", "Die Polizei ermittelt."}},
		{"de", "Das war im Jahr 2023. Danach änderte sich viel.",
			[]string{"Das war im Jahr 2023.", "Danach änderte sich viel."}},
		{"de", "Vom 12. bis 14. September tagte der Rat.",
			[]string{"Vom 12. bis 14. September tagte der Rat."}},
		{"de", "In der Nacht vom 4./5. August tagte man.",
			[]string{"In der Nacht vom 4./5. August tagte man."}},
		{"de", "Gezählt wurden 18.-19. Jahrhundert. Dann nichts.",
			[]string{"Gezählt wurden 18.-19. Jahrhundert.", "Dann nichts."}},
		{"de", "Das VI. Korps und das XIX. Korps rückten vor.",
			[]string{"Das VI. Korps und das XIX. Korps rückten vor."}},
		{"de", "So sprach Ludwig XIV. Die Menge jubelte.",
			[]string{"So sprach Ludwig XIV.", "Die Menge jubelte."}},
		// German abbreviations.
		{"de", "Dr. Müller sprach mit Prof. Schmidt. Sie stimmten zu.",
			[]string{"Dr. Müller sprach mit Prof. Schmidt.", "Sie stimmten zu."}},
		{"de", "Er nannte Städte, z. B. Berlin und Hamburg. Es war laut.",
			[]string{"Er nannte Städte, z. B. Berlin und Hamburg.", "Es war laut."}},
		{"de", "Es kamen u. a. Vertreter der Regierung.",
			[]string{"Es kamen u. a. Vertreter der Regierung."}},
		{"de", "Gemeint ist die Stadt bzw. Der Bezirk.",
			[]string{"Gemeint ist die Stadt bzw. Der Bezirk."}},
		{"de", "Es waren ca. 300 Menschen. Nr. 5 fehlte.",
			[]string{"Es waren ca. 300 Menschen.", "Nr. 5 fehlte."}},
		{"de", "Er wohnt in der Goethestr. Neben ihm wohnt sie.",
			[]string{"Er wohnt in der Goethestr.", "Neben ihm wohnt sie."}},
		{"de", "Es sprach Univ.-Prof. Dr. Huber. Alle hörten zu.",
			[]string{"Es sprach Univ.-Prof. Dr. Huber.", "Alle hörten zu."}},
		{"de", "Rom siegte 207 v. Chr. In der Schlacht fiel er.",
			[]string{"Rom siegte 207 v. Chr.", "In der Schlacht fiel er."}},
		{"de", "Um 50 v. Chr. Geburt lebte er.",
			[]string{"Um 50 v. Chr. Geburt lebte er."}},
		{"de", "Die Kirche St. Marien ist alt.",
			[]string{"Die Kirche St. Marien ist alt."}},
		{"de", "Äpfel, Birnen usw. Danach gab es Kuchen.",
			[]string{"Äpfel, Birnen usw.", "Danach gab es Kuchen."}},
		{"de", "Das gilt i. d. R. Immer für alle.",
			[]string{"Das gilt i. d. R. Immer für alle."}},
		// Decimals, times, initials.
		{"de", "Um 16.30 Uhr stieg der Kurs um 3.5 Prozent. Dann fiel er.",
			[]string{"Um 16.30 Uhr stieg der Kurs um 3.5 Prozent.", "Dann fiel er."}},
		{"de", "Die Reporterin Edith M. Lederer berichtete.",
			[]string{"Die Reporterin Edith M. Lederer berichtete."}},
		// Quotes, brackets, question and exclamation marks.
		{"de", "Er sprach vom „gerechten Kampf.“ Dann schwieg er.",
			[]string{"Er sprach vom „gerechten Kampf.“", "Dann schwieg er."}},
		{"de", "Er sprach vom „gerechten Kampf“. Dann schwieg er.",
			[]string{"Er sprach vom „gerechten Kampf“.", "Dann schwieg er."}},
		{"de", "»Kommst du?« Sie nickte.",
			[]string{"»Kommst du?«", "Sie nickte."}},
		{"de", "„Kommst du?“, fragte sie. Er kam.",
			[]string{"„Kommst du?“, fragte sie.", "Er kam."}},
		{"de", "Wirklich? Ja! Gut.",
			[]string{"Wirklich?", "Ja!", "Gut."}},
		{"de", "Was nun?! Keiner wusste es.",
			[]string{"Was nun?!", "Keiner wusste es."}},
		{"de", "Seoul, Südkorea (AP). Der Besuch begann.",
			[]string{"Seoul, Südkorea (AP).", "Der Besuch begann."}},
		{"de", "(Das war geplant.) Dann kam es anders.",
			[]string{"(Das war geplant.)", "Dann kam es anders."}},
		// Ellipses and lower-case continuations.
		{"de", "Er zögerte … und ging dann doch.",
			[]string{"Er zögerte … und ging dann doch."}},
		{"de", "Er zögerte... Bäume rauschten im Wind.",
			[]string{"Er zögerte... Bäume rauschten im Wind."}},
		{"de", "Er zögerte… Dann ging er.",
			[]string{"Er zögerte…", "Dann ging er."}},
		{"de", "Er sagte: „Wir wissen, dass …“ … bleibt offen.",
			[]string{"Er sagte: „Wir wissen, dass …“ … bleibt offen."}},
		{"de", "Die Firma heißt Muster. mit kleinem m.",
			[]string{"Die Firma heißt Muster. mit kleinem m."}},
		// Paragraph boundaries and white space.
		{"de", "Überschrift ohne Punkt\n\nDer erste Satz. Der zweite Satz.",
			[]string{"Überschrift ohne Punkt", "Der erste Satz.", "Der zweite Satz."}},
		{"de", "  Satz eins.\n   Satz zwei.  ",
			[]string{"Satz eins.", "Satz zwei."}},
		{"de", "", nil},
		{"de", " \n\n ", nil},
		{"de", "Ende.", []string{"Ende."}},
		{"de-DE", "Am 1. Mai. Am 2. Juni.", []string{"Am 1. Mai.", "Am 2. Juni."}},

		// English.
		{"en", "Mr. Smith met Dr. Jones in St. Louis. They talked.",
			[]string{"Mr. Smith met Dr. Jones in St. Louis.", "They talked."}},
		{"en", "The U.S. Senate voted. The U.S. President spoke.",
			[]string{"The U.S. Senate voted.", "The U.S. President spoke."}},
		{"en", "He moved to the U.S. He never came back.",
			[]string{"He moved to the U.S.", "He never came back."}},
		{"en", "Some fruit, e.g. Apples, were sold.",
			[]string{"Some fruit, e.g. Apples, were sold."}},
		{"en", "They met at 9 a.m. on Monday and left at 5 p.m. The talks failed.",
			[]string{"They met at 9 a.m. on Monday and left at 5 p.m.", "The talks failed."}},
		{"en", "J. R. R. Tolkien wrote it. J. A. Smith read it.",
			[]string{"J. R. R. Tolkien wrote it.", "J. A. Smith read it."}},
		{"en", "It happened on Sept. 12, 2023. Nobody saw it.",
			[]string{"It happened on Sept. 12, 2023.", "Nobody saw it."}},
		{"en", "Prices rose 3.5 percent. \"Why?\" she asked. He left!",
			[]string{"Prices rose 3.5 percent.", "\"Why?\" she asked.", "He left!"}},
		{"en", "It was over (or so it seemed.) Then it began again.",
			[]string{"It was over (or so it seemed.)", "Then it began again."}},
		{"en", "She said no. Then she left.",
			[]string{"She said no.", "Then she left."}},
		{"en", "He waited... and waited.",
			[]string{"He waited... and waited."}},
		{"", "No language. Still split.", []string{"No language.", "Still split."}},
		{"fr", "Une phrase. Deux phrases.", []string{"Une phrase.", "Deux phrases."}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			got := texts(tt.text, Sentences(tt.text, tt.lang))
			if !slices.Equal(got, tt.want) {
				t.Errorf("Sentences(%q, %q)\n got %q\nwant %q", tt.text, tt.lang, got, tt.want)
			}
			checkSentences(t, tt.text, Sentences(tt.text, tt.lang))
		})
	}
}

// checkSentences verifies the contract of Sentences: spans sorted,
// non-overlapping, non-empty, in range, on rune boundaries, trimmed,
// inside one paragraph each, covering every non-space rune.
func checkSentences(t *testing.T, text string, spans []Span) {
	t.Helper()
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	boundary[len(text)] = true
	paras := Paragraphs(text)
	covered := make([]bool, len(text))
	prev, para := 0, 0
	for _, s := range spans {
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("span %v out of order or range (previous end %d, len %d)", s, prev, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("span %v not on rune boundaries", s)
		}
		for para < len(paras) && paras[para].End <= s.Start {
			para++
		}
		if para == len(paras) || s.Start < paras[para].Start || s.End > paras[para].End {
			t.Fatalf("span %v is not inside one paragraph of %v", s, paras)
		}
		if tr, _ := trim(text, s.Start, s.End); tr != s {
			t.Fatalf("span %v is not trimmed", s)
		}
		for i := s.Start; i < s.End; i++ {
			covered[i] = true
		}
		prev = s.End
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r, size) && !covered[i] {
			t.Fatalf("non-space rune at %d (%q) is in no sentence", i, text[i:i+size])
		}
		i += size
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{
		"", "Dr. Müller kam am 12. September. Er ging.\n\nZweiter Absatz… Ende!",
		"z. B. u. a. i. d. R. U.S. e.g. a.m.", "\xff\xfe. \xe2\x80. A", "1. 2. 3. 4.", "„?“ ». (", "\n \n\r\n",
	} {
		f.Add(s, "de")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkSentences(t, text, Sentences(text, lang))
		paras := Paragraphs(text)
		for i, p := range paras {
			if tr, ok := trim(text, p.Start, p.End); !ok || tr != p {
				t.Fatalf("paragraph %v empty or not trimmed", p)
			}
			if i > 0 && !strings.Contains(text[paras[i-1].End:p.Start], "\n") {
				t.Fatalf("paragraphs %v and %v not separated by a newline", paras[i-1], p)
			}
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	para := "Am Dienstag, dem 12. September 2023, traf Dr. Müller in St. Petersburg ein, u. a. mit Prof. Schmidt. " +
		"Der Kurs stieg um 16.30 Uhr um 3.5 Prozent… und fiel dann. „Warum?“, fragte sie. Er schwieg!\n\n"
	text := strings.Repeat(para, 400)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Sentences(text, "de")
	}
}
