package glossary

// validID is the schema's rule for entry ids (package siteglossary checks
// a publisher's with the same rule): lower-case ASCII letters, digits and
// hyphens, 1 to 64 bytes. The ids Find makes must follow it.
func validID(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
