(* Scan.Bool accepts TRUE and FALSE in capitals or lower case, surrounded by blanks. *)
MODULE ScanBools EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>
BEGIN
  IO.Put(Fmt.Bool(Scan.Bool("TRUE")) & " " & Fmt.Bool(Scan.Bool("true")) & "\n");
  IO.Put(Fmt.Bool(Scan.Bool("FALSE")) & " " & Fmt.Bool(Scan.Bool("  false  ")) & "\n")
END ScanBools.
