(* Records: fields with defaults, constructors by position or by name, nested selection. *)
MODULE Records EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Point = RECORD x, y: INTEGER := 0 END;
  Box = RECORD
    topLeft, bottomRight: Point;
    label: TEXT := "box";
  END;

CONST Origin = Point{};

VAR
  p := Point{3, 4};
  q := Point{y := 7};
  b := Box{topLeft := Origin, bottomRight := Point{10, 10}};

BEGIN
  b.topLeft.x := p.x + q.y;
  b.label := "moved";
  IO.Put(b.label & Fmt.Int(b.topLeft.x + b.bottomRight.y) & "\n");
END Records.
