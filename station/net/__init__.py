"""Network plumbing shared by the station's HTTP clients (Pairing, MES); it knows no service."""
