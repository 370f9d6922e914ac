// Package nonet holds no code, only the tests that packet makes no network
// connection: which packages of its import graph can open sockets, and
// which socket code survives in the linked command.
package nonet
