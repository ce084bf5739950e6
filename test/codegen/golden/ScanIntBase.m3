(* Scan.Int reads a decimal number by default, or digits of defaultBase when given. *)
MODULE ScanIntBase EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>
BEGIN
  IO.Put(Fmt.Int(Scan.Int("100")) & "\n");
  IO.Put(Fmt.Int(Scan.Int("100", 2)) & "\n");
  IO.Put(Fmt.Int(Scan.Int("ff", 16)) & "\n");
  IO.Put(Fmt.Int(Scan.Int("777", 8)) & "\n");
  IO.Put(Fmt.Int(Scan.Int("-9223372036854775808")) & "\n")
END ScanIntBase.
