(* DIV and MOD round toward minus infinity, as the report defines them. *)
MODULE DivMod EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Show (a, b: INTEGER) =
  BEGIN
    IO.Put(Fmt.Int(a) & " DIV " & Fmt.Int(b) & " = " & Fmt.Int(a DIV b) & ", MOD = " & Fmt.Int(a MOD b) & "\n")
  END Show;
BEGIN
  Show(7, 2); Show(-7, 2); Show(7, -2); Show(-7, -2); Show(6, 3); Show(0, 5)
END DivMod.
