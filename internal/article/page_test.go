package article

import (
	"reflect"
	"testing"
)

func TestDecodePage(t *testing.T) {
	enc := "\x04Gipfel | Zeitung\x00\x01article\x1fstory\x1fmain x\x1farticleBody\x1fmain\x1f\x1fde\x00" +
		"\x01h1\x1f\x1f\x1f\x1f\x1f\x1f\x00EÜberschrift\x00\x02\x00" +
		"\x03b\x1f2024-05-17T09:00\x00\x01p\x00AAm Mittwoch\x00\x03\x1f2024-05-15\x00B Link\x00\x02\x00" +
		"\x01div\x1f\x1fshare\x1f\x1f\x1fdisplay:none\x00\x02\x00" +
		"\x02\x00@Fuß\x00"
	p, err := DecodePage(enc)
	if err != nil {
		t.Fatal(err)
	}
	want := &Page{
		Title: "Gipfel | Zeitung",
		Times: []Time{{Node: 1, Value: "2024-05-17T09:00", Byline: true}, {Node: 2, Value: "2024-05-15"}},
		Nodes: []Node{{"Überschrift", Block | Heading}, {"Am Mittwoch", Block}, {" Link", Link}, {"Fuß", 0}},
		Boxes: []Box{
			{Tag: "article", ID: "story", Class: "main x", Itemprop: "articleBody", Role: "main", Lang: "de", Parent: -1, First: 0, End: 3},
			{Tag: "h1", Parent: 0, First: 0, End: 1},
			{Tag: "p", Parent: 0, First: 1, End: 3},
			{Tag: "div", Class: "share", Style: "display:none", Parent: 0, First: 3, End: 3},
		},
	}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("DecodePage =\n%+v\nwant\n%+v", p, want)
	}
	back, err := DecodePage(p.Encode())
	if err != nil || !reflect.DeepEqual(back, p) {
		t.Errorf("Encode does not round-trip: %v\n%+v", err, back)
	}
	// Boxes left open at the end close there.
	p, err = DecodePage("\x01div\x00\x01p\x00@x\x00")
	if err != nil || len(p.Boxes) != 2 || p.Boxes[0].End != 1 || p.Boxes[1].End != 1 {
		t.Errorf("unclosed boxes: %+v, %v", p, err)
	}
}

func FuzzDecodePage(f *testing.F) {
	f.Add("\x01div\x00@a\x00\x01p\x1fx\x00Ab\x00\x02\x00\x02\x00")
	f.Add("\x02\x00")
	f.Add("\x04T\x00\x03b\x1fx\x00@a\x00\x03\x00")
	f.Add("\x01\x00\x01\x00\x02\x00@\x00")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := DecodePage(s)
		if err != nil {
			return
		}
		if !p.Valid() {
			t.Fatalf("DecodePage(%q) is not Valid: %+v", s, p)
		}
		for k, b := range p.Boxes {
			if b.First < 0 || b.End < b.First || b.End > len(p.Nodes) || b.Parent >= k {
				t.Fatalf("box %d %+v of %d nodes", k, b, len(p.Nodes))
			}
			if b.Parent >= 0 {
				if pb := p.Boxes[b.Parent]; b.First < pb.First || b.End > pb.End {
					t.Fatalf("box %d %+v outside its parent %+v", k, b, pb)
				}
			}
		}
		back, err := DecodePage(p.Encode())
		if err != nil || !reflect.DeepEqual(back.Nodes, p.Nodes) || len(back.Boxes) != len(p.Boxes) || len(back.Times) != len(p.Times) {
			t.Fatalf("round trip of %q: %v", s, err)
		}
	})
}
