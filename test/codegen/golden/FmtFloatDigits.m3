(* Fmt prints the fewest digits that read back as the value (Steele & White), exact for every
   finite value, and rounds them as rounding the value itself would: ties on the exact value go
   to the even digit. The examples marked cm3 are those of cm3's Fmt.i3. *)
MODULE FmtFloatDigits EXPORTS Main;
IMPORT IO, Fmt;

PROCEDURE Line (a, b: TEXT) =
  BEGIN
    IO.Put(a & " | " & b & "\n")
  END Line;

VAR
  big := 1.0D308;
  zero := 0.0D0;
BEGIN
  Line(Fmt.LongReal(1.7976931348623157D308), Fmt.LongReal(1.7976931348623157D308, Fmt.Style.Sci));
  Line(Fmt.LongReal(1.0D300), Fmt.LongReal(1.0D300, Fmt.Style.Sci));
  Line(Fmt.LongReal(2.2250738585072014D-308), Fmt.LongReal(4.9406564584124654D-324));
  Line(Fmt.LongReal(0.1D0 + 0.2D0), Fmt.LongReal(0.1D0 + 0.2D0, Fmt.Style.Sci, 20));
  Line(Fmt.LongReal(4.35D0, Fmt.Style.Sci), Fmt.LongReal(4.35D0, Fmt.Style.Fix, 1));
  Line(Fmt.LongReal(9007199254740993.0D0), Fmt.LongReal(123456789012345678.0D0));
  (* the decimal 1.005 is stored a little below itself, 0.125 and 2.5 exactly *)
  Line(Fmt.LongReal(1.005D0, Fmt.Style.Fix, 2), Fmt.LongReal(1.015D0, Fmt.Style.Fix, 2));
  Line(Fmt.LongReal(0.125D0, Fmt.Style.Fix, 2), Fmt.LongReal(0.375D0, Fmt.Style.Fix, 2));
  Line(Fmt.LongReal(2.5D0, Fmt.Style.Fix, 0), Fmt.LongReal(3.5D0, Fmt.Style.Fix, 0));
  Line(Fmt.LongReal(0.0004D0, Fmt.Style.Fix, 3), Fmt.LongReal(0.0006D0, Fmt.Style.Fix, 3));
  Line(Fmt.LongReal(999.9996D0, Fmt.Style.Fix, 3), Fmt.LongReal(-0.00001D0, Fmt.Style.Fix, 2));
  (* cm3 *)
  Line(Fmt.Real(1.287E6, Fmt.Style.Auto, 2), Fmt.Real(1.297E6, Fmt.Style.Auto, 2));
  Line(Fmt.Real(1.297E5, Fmt.Style.Auto, 2), Fmt.Real(1.297E-5, Fmt.Style.Auto, 2));
  Line(Fmt.Real(1.297E-6, Fmt.Style.Auto, 2), Fmt.Real(9.997E5, Fmt.Style.Auto, 2));
  Line(Fmt.Real(9.997E-6, Fmt.Style.Auto, 2), Fmt.Real(1.0E-10));
  (* REAL has its own shortest digits *)
  Line(Fmt.Real(1.5E10), Fmt.Real(3.4028235E38));
  Line(Fmt.Real(1.0 / 3.0), Fmt.Real(1.4E-45, Fmt.Style.Sci, 3));
  (* literals *)
  Line(Fmt.LongReal(1.5D0, literal := TRUE), Fmt.LongReal(100.0D0, literal := TRUE));
  Line(Fmt.LongReal(2.5D-7, literal := TRUE), Fmt.Real(1.0E10, literal := TRUE));
  Line(Fmt.Real(12.0, Fmt.Style.Fix, 0, literal := TRUE), Fmt.LongReal(0.5D0, Fmt.Style.Sci, 2, TRUE));
  Line(Fmt.LongReal(big * 10.0D0), Fmt.LongReal(-big * 10.0D0, literal := TRUE));
  Line(Fmt.LongReal(big * 10.0D0, Fmt.Style.Sci), Fmt.LongReal(0.0D0, Fmt.Style.Sci, 3));
  Line(Fmt.LongReal(0.0D0), Fmt.LongReal(0.0D0, literal := TRUE));
  (* minus zero is rendered as a negative number *)
  Line(Fmt.LongReal(-zero), Fmt.LongReal(-zero, Fmt.Style.Sci, 2) & "|" & Fmt.Real(-0.0, Fmt.Style.Fix, 1))
END FmtFloatDigits.
