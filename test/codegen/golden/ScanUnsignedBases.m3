(* Scan.Unsigned reads hexadecimal by default and may fill all 64 bits, giving a negative INTEGER. *)
MODULE ScanUnsignedBases EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>
BEGIN
  IO.Put(Fmt.Int(Scan.Unsigned("ffffffffffffffff")) & "\n");
  IO.Put(Fmt.Int(Scan.Unsigned("8000000000000000")) & "\n");
  IO.Put(Fmt.Int(Scan.Unsigned("10", 10)) & " " & Fmt.Int(Scan.Unsigned("777", 8)) & " " & Fmt.Int(Scan.Unsigned("A0")) & "\n")
END ScanUnsignedBases.
