module github.com/asylumpacket/packet

go 1.26
