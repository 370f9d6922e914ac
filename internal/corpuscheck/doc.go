// Package corpuscheck holds only tests: it builds packets from every PDF in
// pdfcpu's test data (real-world files of every kind) and from damaged,
// locked and disguised files the tests make, through the public packet API,
// and checks that each is either built into a packet qpdf accepts or
// refused with an error that names the exhibit and the file — never a
// crash, a hang or a silently lost page. It is a package of its own because
// it needs packet and exhibits together, which neither may import.
package corpuscheck
