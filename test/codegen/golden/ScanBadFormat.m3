(* Each Scan procedure raises Scan.BadFormat on text that is not entirely a value of its kind. *)
MODULE ScanBadFormat EXPORTS Main;
IMPORT IO, Fmt, Scan;
VAR bad := 0; b: BOOLEAN; i: INTEGER; r: REAL; lr: LONGREAL;
BEGIN
  TRY b := Scan.Bool("maybe") EXCEPT Scan.BadFormat => INC(bad); IO.Put("Bool\n") END;
  TRY i := Scan.Int("1.5") EXCEPT Scan.BadFormat => INC(bad); IO.Put("Int\n") END;
  TRY i := Scan.Int("12", 2) EXCEPT Scan.BadFormat => INC(bad); IO.Put("Int base 2\n") END;
  TRY r := Scan.Real("abc") EXCEPT Scan.BadFormat => INC(bad); IO.Put("Real\n") END;
  TRY lr := Scan.LongReal("1.0.0") EXCEPT Scan.BadFormat => INC(bad); IO.Put("LongReal\n") END;
  TRY i := Scan.Unsigned("xyz") EXCEPT Scan.BadFormat => INC(bad); IO.Put("Unsigned\n") END;
  IO.Put(Fmt.Int(bad) & " failures\n")
END ScanBadFormat.
