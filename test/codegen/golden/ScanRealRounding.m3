(* Scan.Real and Scan.LongReal round the decimal text once, to the nearest value of their own
   type (ties to even), not through a LONGREAL first: 1.000000059604644775390625 is the midpoint
   between 1 and the REAL after it, so the texts just below and just above it go different ways,
   where rounding to LONGREAL first would send both to the same double, then to 1. *)
MODULE ScanRealRounding EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>

PROCEDURE Show (t: TEXT) =
  BEGIN
    IO.Put(t & " -> " & Fmt.Real(Scan.Real(t)) & " | " & Fmt.LongReal(Scan.LongReal(t)) & "\n")
  END Show;

BEGIN
  Show("0.1");
  Show("0.3");
  Show("1.00000005960464477539062499");
  Show("1.00000005960464477539062501");
  Show("16777217");
  Show("16777219");
  Show("3.4028235e38");
  Show("3.4028236e38");
  Show("1.4e-45");
  Show("7e-46");
  Show("1.7976931348623157e308");
  Show("1.7976931348623159e308");
  Show("2.4703282292062328e-324");
  Show("-2.5E-3")
END ScanRealRounding.
