(* Scan.Real and Scan.LongReal read decimal numbers with an optional sign and exponent. *)
MODULE ScanReals EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>
BEGIN
  IO.Put(Fmt.Real(Scan.Real("2.5")) & "\n");
  IO.Put(Fmt.Real(Scan.Real("-0.75")) & "\n");
  IO.Put(Fmt.LongReal(Scan.LongReal("1e3"), Fmt.Style.Fix, 1) & "\n");
  IO.Put(Fmt.LongReal(Scan.LongReal("2.5E-2"), Fmt.Style.Fix, 3) & "\n");
  IO.Put(Fmt.LongReal(Scan.LongReal("  42  "), Fmt.Style.Fix, 0) & "\n")
END ScanReals.
