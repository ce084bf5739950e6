(* Defaults and keyword arguments: positional arguments first, then name := value in any order;
   omitted parameters take their defaults. *)
MODULE KeywordArguments EXPORTS Main;

IMPORT IO, Fmt;

PROCEDURE Box (width: INTEGER; height := 1; fill := '*'; border := TRUE): TEXT =
  BEGIN
    IF border THEN RETURN Fmt.Int(width * height) & Fmt.Char(fill) END;
    RETURN "";
  END Box;

BEGIN
  IO.Put(Box(3));
  IO.Put(Box(3, 4));
  IO.Put(Box(width := 2, fill := '#'));
  IO.Put(Box(5, border := FALSE, height := 2));
  IO.Put(Fmt.F("%s and %s\n", "this", t2 := "that"));
  IO.Put(Fmt.Int(255, base := 16) & Fmt.Pad("x", 4, align := Fmt.Align.Left));
END KeywordArguments.
