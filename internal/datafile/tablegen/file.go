package tablegen

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/glossline/glossline/internal/datafile"
)

// The data file (see package datafile) and the Go file that names its sum,
// as paths from the directory of a package under internal/ — where that
// package's tests run.
const (
	DataFile = "../datafile/data/glossline.bin"
	SumFile  = "../datafile/sum_gen.go"
)

// A Section is a named section of the data file.
type Section struct {
	Name string // no space or newline; "<package>.<table>.<lang>" by convention
	Data string
}

// ReadFile returns the sections of a data file, without checking its sum.
func ReadFile(data string) ([]Section, error) {
	head, rest, ok := strings.Cut(data, "\n")
	if !ok || !strings.HasPrefix(head, datafile.Magic) {
		return nil, errors.New("not a data file")
	}
	var secs []Section
	for rest != "" {
		line, r, ok := strings.Cut(rest, "\n")
		name, num, ok2 := strings.Cut(line, " ")
		n, err := strconv.Atoi(num)
		if !ok || !ok2 || err != nil || n < 0 || n > len(r) {
			return nil, fmt.Errorf("malformed section header %q", line)
		}
		secs = append(secs, Section{name, r[:n]})
		rest = r[n:]
	}
	return secs, nil
}

// Render returns the data file of the sections (in the order of their
// names) and the Go file of package datafile that names its schema (the sum
// of the sections named "schema.*", in order, each as its name, a space,
// its bytes and a newline).
func Render(secs []Section) (file, sumSrc []byte, err error) {
	secs = slices.Clone(secs)
	slices.SortFunc(secs, func(a, b Section) int { return strings.Compare(a.Name, b.Name) })
	var body, schema strings.Builder
	for i, s := range secs {
		if strings.HasPrefix(s.Name, "schema.") {
			schema.WriteString(s.Name + " " + s.Data + "\n")
		}
		if s.Name == "" || strings.ContainsAny(s.Name, " \n") || i > 0 && secs[i-1].Name == s.Name {
			return nil, nil, fmt.Errorf("bad or repeated section name %q", s.Name)
		}
		body.WriteString(s.Name + " " + strconv.Itoa(len(s.Data)) + "\n" + s.Data)
	}
	sc := datafile.FileSum(schema.String())
	file = []byte(datafile.Magic + sc + " " + datafile.FileSum(body.String()) + "\n" + body.String())
	sumSrc, err = File("the data generators' tests (tablegen.SyncFile) from the packages' data files",
		"", "datafile",
		"// Schema is the schema of the data file this build reads\n// (data/glossline.bin); see file.go.\nconst Schema = "+strconv.Quote(sc)+"\n")
	return file, sumSrc, err
}

// SyncFile checks that the data file holds exactly secs among its sections
// whose names start with prefix, and schema as its section "schema." +
// prefix (without its final "."), and that the sum file names its schema.
// With update it rewrites both instead: the sections of other packages
// stay. Each package's staleness test calls it with its own prefix
// ("glossary.lex.", …) and its schema: a format version of its sections,
// to change with the code that reads them, and the sum (datafile.FileSum)
// of what the program must hold beside them (the Go it generated); run is
// the command that regenerates them, for the error.
func SyncFile(prefix string, secs []Section, schema string, update bool, run string) error {
	old, err := os.ReadFile(DataFile)
	if err != nil {
		return err
	}
	cur, err := ReadFile(string(old))
	if err != nil {
		return fmt.Errorf("%s: %v", DataFile, err)
	}
	schemaName := "schema." + strings.TrimSuffix(prefix, ".")
	keep := slices.DeleteFunc(slices.Clone(cur), func(s Section) bool { return strings.HasPrefix(s.Name, prefix) || s.Name == schemaName })
	for _, s := range secs {
		if !strings.HasPrefix(s.Name, prefix) {
			return fmt.Errorf("section %q lacks the prefix %q", s.Name, prefix)
		}
	}
	file, sumSrc, err := Render(append(append(keep, secs...), Section{schemaName, schema}))
	if err != nil {
		return err
	}
	if update {
		if err := os.WriteFile(DataFile, file, 0o644); err != nil {
			return err
		}
		return os.WriteFile(SumFile, sumSrc, 0o644)
	}
	gotSum, err := os.ReadFile(SumFile)
	if err != nil {
		return err
	}
	if !bytes.Equal(old, file) || !bytes.Equal(gotSum, sumSrc) {
		return fmt.Errorf("%s is stale (a data file changed): run\n\t%s", DataFile, run)
	}
	return nil
}
