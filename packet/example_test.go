package packet_test

import (
	"context"
	"fmt"
	"io"
	"log"

	"github.com/asylumpacket/packet/packet"
)

func ExampleBuild() {
	c, err := packet.Load("../examples/immigration-court/case.yaml")
	if err != nil {
		log.Fatal(err) // every problem, each with file:line:col
	}
	res, err := packet.Build(context.Background(), c, io.Discard, nil)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range res.Exhibits {
		fmt.Printf("%s  %s  %s\n", e.Label, res.Range(e), e.ID)
	}
	fmt.Println(res.Pages, "pages")
	// Output:
	// A  ZUNIGA-000002 – ZUNIGA-000003  identity-card
	// B  ZUNIGA-000004 – ZUNIGA-000007  declaration
	// C  ZUNIGA-000008 – ZUNIGA-000009  shop-note
	// D  ZUNIGA-000010 – ZUNIGA-000013  extortion-messages
	// E  ZUNIGA-000014 – ZUNIGA-000025  caro-report
	// 27 pages
}
