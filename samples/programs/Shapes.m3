(* Objects with single inheritance, methods, overrides and TYPECASE. *)
MODULE Shapes EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Shape = OBJECT
    name: TEXT
  METHODS
    area (): INTEGER;
    describe (): TEXT := Describe
  END;

  Rectangle = Shape OBJECT
    width, height: INTEGER
  OVERRIDES
    area := RectangleArea
  END;

  Square = Rectangle OBJECT
  OVERRIDES
    describe := SquareDescribe
  END;

  Circle = Shape OBJECT
    radius: INTEGER
  OVERRIDES
    area := CircleArea
  END;

PROCEDURE Describe (self: Shape): TEXT =
  BEGIN
    RETURN self.name & " of area " & Fmt.Int(self.area())
  END Describe;

PROCEDURE SquareDescribe (self: Square): TEXT =
  BEGIN
    RETURN "a square, side " & Fmt.Int(self.width) & ", " & Describe(self)
  END SquareDescribe;

PROCEDURE RectangleArea (self: Rectangle): INTEGER =
  BEGIN
    RETURN self.width * self.height
  END RectangleArea;

PROCEDURE CircleArea (self: Circle): INTEGER =
  BEGIN
    (* 355/113 approximates pi well enough for whole units *)
    RETURN self.radius * self.radius * 355 DIV 113
  END CircleArea;

PROCEDURE Kind (s: Shape): TEXT =
  BEGIN
    TYPECASE s OF
    | Square => RETURN "square"
    | Rectangle (r) => IF r.width = r.height THEN RETURN "square-ish" ELSE RETURN "rectangle" END
    | Circle => RETURN "circle"
    ELSE RETURN "shape"
    END
  END Kind;

VAR
  shapes := ARRAY [1 .. 3] OF Shape{
    NEW(Rectangle, name := "rectangle", width := 3, height := 4),
    NEW(Square, name := "square", width := 5, height := 5),
    NEW(Circle, name := "circle", radius := 10)};
  total := 0;

BEGIN
  FOR i := FIRST(shapes) TO LAST(shapes) DO
    IO.Put(Kind(shapes[i]) & ": " & shapes[i].describe() & "\n");
    INC(total, shapes[i].area())
  END;
  IO.Put("total area " & Fmt.Int(total) & "\n")
END Shapes.
