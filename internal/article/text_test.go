package article

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

func TestBuildText(t *testing.T) {
	tests := []struct {
		name  string
		nodes []Node
		want  string
	}{
		{"one block", []Node{{"Am ", 0}, {"12.", 0}, {" September", 0}}, "Am 12. September"},
		{"two blocks", []Node{{"Titel", 0}, {"Erster Absatz.", Block}}, "Titel\n\nErster Absatz."},
		{"newlines inside a node become spaces", []Node{{"a\nb\tc\rd", 0}}, "a b c d"},
		{"block flag on the first node adds nothing", []Node{{"x", Block}}, "x"},
		{"indentation between blocks is dropped", []Node{{"Eins", Block}, {"\n    ", Block}, {"Zwei", Block}, {"\n", Block}}, "Eins\n\nZwei"},
		{"space between inline elements stays", []Node{{"am", 0}, {" ", 0}, {"Mittwoch", 0}}, "am Mittwoch"},
		{"empty", nil, ""},
		{"invisible characters inside words are left out", []Node{{"Sep\u00adtem\u200bber", 0}, {" 20\u206023 \ufeffPu\u00adtin\u00ad", 0}}, "September 2023 Putin"},
		{"a node of only a soft hyphen contributes nothing", []Node{{"Mitt", 0}, {"\u00ad", 0}, {"woch", 0}}, "Mittwoch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := BuildText(tt.nodes).Text; got != tt.want {
				t.Errorf("BuildText = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestPiecesAcrossInvisible: offsets of the analysis text, where soft
// hyphens and zero-width characters are left out, map back to the nodes'
// own text: a piece spans the characters it covers, starts after those at
// its start and ends before those at its end.
func TestPiecesAcrossInvisible(t *testing.T) {
	nodes := []Node{{"Am Mitt\u00adwoch, \u00ad", 0}, {"12. Sep\u00adtem\u00adber", 0}, {"\u200b 2023 traf er Pu\u00adtin.", 0}}
	tx := BuildText(nodes)
	if want := "Am Mittwoch, 12. September 2023 traf er Putin."; tx.Text != want {
		t.Fatalf("Text = %q, want %q", tx.Text, want)
	}
	for _, c := range []struct {
		word string
		want []Piece
	}{
		{"Mittwoch", []Piece{{0, 3, 12}}},
		{"12. September 2023", []Piece{{1, 0, 15}, {2, 1, 6}}},
		{"September", []Piece{{1, 4, 15}}},
		{"Putin", []Piece{{2, 15, 21}}},
		{", 12", []Piece{{0, 12, 14}, {1, 0, 2}}},
	} {
		i := strings.Index(tx.Text, c.word)
		got := tx.Pieces(i, i+len(c.word))
		if len(got) != len(c.want) {
			t.Errorf("Pieces(%q) = %v, want %v", c.word, got, c.want)
			continue
		}
		for k := range got {
			if got[k] != c.want[k] {
				t.Errorf("Pieces(%q) = %v, want %v", c.word, got, c.want)
				break
			}
			// The piece's text, read from the node as the DOM would, is
			// the word with its invisible characters.
			u := utf16.Encode([]rune(nodes[got[k].Node].Text))
			piece := strings.NewReplacer("\u00ad", "", "\u200b", "").Replace(string(utf16.Decode(u[got[k].From:got[k].To])))
			if !strings.Contains(c.word, piece) || piece == "" {
				t.Errorf("Pieces(%q) piece %d reads %q", c.word, k, piece)
			}
		}
	}
}

func TestPieces(t *testing.T) {
	// "Am <em>12.</em> September 2023" with an emoji before, and a second block.
	nodes := []Node{{"😀 Am ", 0}, {"12.", 0}, {" September 2023", 0}, {"Zweiter", Block}}
	tx := BuildText(nodes)
	start := strings.Index(tx.Text, "12.")
	end := strings.Index(tx.Text, "2023") + 4
	got := tx.Pieces(start, end)
	want := []Piece{{1, 0, 3}, {2, 0, 15}}
	if len(got) != len(want) {
		t.Fatalf("Pieces = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("piece %d = %v, want %v", i, got[i], want[i])
		}
	}
	// "Am" sits after an emoji (2 UTF-16 units) and a space.
	am := strings.Index(tx.Text, "Am")
	if p := tx.Pieces(am, am+2); len(p) != 1 || p[0] != (Piece{0, 3, 5}) {
		t.Errorf("Pieces(Am) = %v, want [{0 3 5}]", p)
	}
	// A range over the block separator skips it.
	z := strings.Index(tx.Text, "Zweiter")
	if p := tx.Pieces(z-3, z+3); len(p) != 2 || p[1] != (Piece{3, 0, 3}) {
		t.Errorf("Pieces across blocks = %v", p)
	}
	for _, r := range [][2]int{{-5, 0}, {5, 5}, {len(tx.Text), len(tx.Text) + 9}, {7, 3}} {
		if p := tx.Pieces(r[0], r[1]); len(p) != 0 {
			t.Errorf("Pieces(%d, %d) = %v, want none", r[0], r[1], p)
		}
	}
}

func TestUTF16Len(t *testing.T) {
	for _, s := range []string{"", "abc", "Grüße", "日本語", "😀x😀", "a\xffb", "\xe2\x82", "ü"} {
		want := len(utf16.Encode([]rune(strings.ToValidUTF8(s, "\uFFFD"))))
		// Each invalid byte is one unit on the JavaScript side.
		if !utf8.ValidString(s) {
			want = 0
			for i := 0; i < len(s); {
				r, size := utf8.DecodeRuneInString(s[i:])
				want += len(utf16.Encode([]rune{r}))
				i += size
			}
		}
		if got := UTF16Len(s); got != want {
			t.Errorf("UTF16Len(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestDecodeNodes(t *testing.T) {
	nodes, err := DecodeNodes("@Am \x00A12. September\x00B Link\x00")
	if err != nil {
		t.Fatal(err)
	}
	want := []Node{{"Am ", 0}, {"12. September", Block}, {" Link", Link}}
	if len(nodes) != len(want) {
		t.Fatalf("DecodeNodes = %v, want %v", nodes, want)
	}
	for i := range want {
		if nodes[i] != want[i] {
			t.Errorf("node %d = %v, want %v", i, nodes[i], want[i])
		}
	}
	for _, bad := range []string{"x", "@no terminator", "\x02\x00", "\x05text\x00", "@ok\x00~bad\x00", "\x01p\x00\x02x\x00"} {
		if _, err := DecodeNodes(bad); err == nil {
			t.Errorf("DecodeNodes(%q): no error", bad)
		}
	}
}

func FuzzPieces(f *testing.F) {
	f.Add("@Am \x00A12.\x00@ September\x00", 3, 12)
	f.Add("@\xff\xfe\x00A😀\x00", 0, 9)
	f.Add("@Sep\u00adtem\u200bber\x00A\u00ad\x00@\ufeff2023\u2060\x00", 2, 14)
	f.Fuzz(func(t *testing.T, enc string, start, end int) {
		nodes, err := DecodeNodes(enc)
		if err != nil {
			return
		}
		tx := BuildText(nodes)
		prevNode, prevTo := -1, 0
		for _, p := range tx.Pieces(start, end) {
			if p.Node < 0 || p.Node >= len(nodes) {
				t.Fatalf("piece %v: node out of range", p)
			}
			if p.From < 0 || p.From >= p.To || p.To > UTF16Len(nodes[p.Node].Text) {
				t.Fatalf("piece %v: offsets out of range for %q", p, nodes[p.Node].Text)
			}
			if p.Node < prevNode || p.Node == prevNode && p.From < prevTo {
				t.Fatalf("pieces out of order at %v", p)
			}
			prevNode, prevTo = p.Node, p.To
		}
	})
}

func TestCreditLine(t *testing.T) {
	tests := []struct {
		caption, want string
	}{
		{"Der Minister (links) am Bahnhof. (Foto: Agentur/Dienst über AP)", "(Foto: Agentur/Dienst über AP)"},
		{"Der Minister (links) am Bahnhof in Russland. Nachrichtenagentur/Nachrichtendienst über AP)", "Nachrichtenagentur/Nachrichtendienst über AP)"},
		{"The minister arrives in Geneva. Photo: Jane Doe/Agency", "Photo: Jane Doe/Agency"},
		{"The minister (left) arrives in Geneva.", ""},
		{"Die Ministerin (Mitte) spricht.  ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.caption, func(t *testing.T) {
			start, ok := CreditLine(tt.caption)
			got := ""
			if ok {
				got = strings.TrimRight(tt.caption[start:], " ")
			}
			if got != tt.want {
				t.Errorf("CreditLine = %q, want %q", got, tt.want)
			}
		})
	}
}
