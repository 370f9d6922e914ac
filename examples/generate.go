// Package examples holds three complete, fictional sample cases that packet
// builds into evidence packets:
//
//   - asylum-office: Ivana Petrova, an affirmative case before an Asylum Office;
//   - immigration-court: Luis Ángel Zúñiga Peña, a detained defensive case;
//   - immigration-court-persian: Maryam Rezaei, a defensive case whose names
//     and titles mix English with Persian, Amharic and Chinese.
//
// Each folder has a hand-written case.yaml and an evidence folder written by
// the generator in ./gen. Every person, place and document in them is
// invented. Regenerate the evidence, byte for byte, with:
//
//	go generate ./examples/
package examples

//go:generate go run ./gen
