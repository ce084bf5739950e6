MODULE Shape;
IMPORT Fmt;

TYPE
  Point = RECORD x := 3; y := 4 END;

REVEAL
  T = Public BRANDED "Shape.T" OBJECT
    origin: Point;
    corners: ARRAY [0 .. 1] OF Point;
    label: TEXT := "shape";
    scale := Double;
    size := 5;
  OVERRIDES
    describe := Describe;
  END;

PROCEDURE Double (n: INTEGER): INTEGER = BEGIN RETURN 2 * n END Double;

PROCEDURE Describe (s: T): TEXT =
  BEGIN
    RETURN Fmt.Char(s.tag) & " " & s.label & " at " & Fmt.Int(s.origin.x) & "," & Fmt.Int(s.origin.y)
             & " corner " & Fmt.Int(s.corners[1].x) & "," & Fmt.Int(s.corners[1].y) & " size "
             & Fmt.Int(s.scale(s.size))
  END Describe;

BEGIN
END Shape.
