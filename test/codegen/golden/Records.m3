(* Records have value semantics: assignment copies, fields have defaults. *)
MODULE Records EXPORTS Main;
IMPORT IO, Fmt;
TYPE Point = RECORD x, y: INTEGER := 0; label := "p" END;
VAR a, b: Point;
PROCEDURE Show (READONLY p: Point) =
  BEGIN
    IO.Put(p.label & "(" & Fmt.Int(p.x) & "," & Fmt.Int(p.y) & ") ")
  END Show;
PROCEDURE Moved (p: Point; dx: INTEGER): Point =
  BEGIN
    INC(p.x, dx);
    RETURN p
  END Moved;
BEGIN
  a.x := 1; a.y := 2;
  b := a;
  b.x := 10;
  b.label := "q";
  Show(a); Show(b); Show(Moved(a, 5)); Show(a);
  IO.Put(Fmt.Bool(a = b) & " ");
  b := a;
  IO.Put(Fmt.Bool(a = b) & "\n");
  Show(Point{3, 4, "r"}); Show(Point{y := 9});
  IO.Put("\n")
END Records.
