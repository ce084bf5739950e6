(* Scan: integers in any base, booleans and reals, and BadFormat for malformed text. *)
MODULE ScanFns EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>
PROCEDURE Try (t: TEXT) =
  BEGIN
    TRY
      IO.Put(Fmt.Int(Scan.Int(t)) & "\n")
    EXCEPT
    | Scan.BadFormat => IO.Put("BadFormat for '" & t & "'\n")
    END
  END Try;
BEGIN
  Try("42"); Try("  -17 "); Try("16_ff"); Try("2_1010"); Try("12a"); Try("");
  IO.Put(Fmt.Bool(Scan.Bool("TRUE")) & " " & Fmt.Bool(Scan.Bool(" false")) & "\n");
  IO.Put(Fmt.LongReal(Scan.LongReal("3.25")) & " " & Fmt.LongReal(Scan.LongReal("-1.5e2")) & "\n");
  IO.Put(Fmt.Int(Scan.Unsigned("ff")) & "\n")
END ScanFns.
