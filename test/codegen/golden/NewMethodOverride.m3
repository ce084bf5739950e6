(* NEW(T, m := P) binds a method for this object only (an anonymous subtype of T), alongside
   field initialisers; objects from the same NEW share one method suite, and ISTYPE still sees T. *)
MODULE NewMethodOverride EXPORTS Main;
IMPORT IO, Fmt;

TYPE
  Shape = OBJECT
    name := "shape";
    size: INTEGER := 1;
  METHODS
    area (): INTEGER := DefaultArea;
    describe (): TEXT := Describe;
  END;
  Square = Shape OBJECT OVERRIDES area := SquareArea END;

PROCEDURE DefaultArea (s: Shape): INTEGER = BEGIN RETURN 0 END DefaultArea;
PROCEDURE SquareArea (s: Shape): INTEGER = BEGIN RETURN s.size * s.size END SquareArea;
PROCEDURE TriangleArea (s: Shape): INTEGER = BEGIN RETURN s.size * s.size DIV 2 END TriangleArea;
PROCEDURE Loud (s: Shape): TEXT = BEGIN RETURN "A " & s.name & "!" END Loud;

PROCEDURE Describe (s: Shape): TEXT =
  BEGIN
    RETURN s.name & " of area " & Fmt.Int(s.area())
  END Describe;

PROCEDURE Show (s: Shape) =
  BEGIN
    IO.Put(s.describe() & "\n")
  END Show;

VAR
  plain := NEW(Shape);
  square := NEW(Square, name := "square", size := 3);
  triangle := NEW(Shape, area := TriangleArea, name := "triangle", size := 5);
  loud := NEW(Square, size := 4, describe := Loud, name := "loud square");
  shapes := ARRAY [0 .. 3] OF Shape {plain, square, triangle, loud};
BEGIN
  FOR i := FIRST(shapes) TO LAST(shapes) DO Show(shapes[i]) END;
  IO.Put("loud area: " & Fmt.Int(loud.area()) & "\n");
  IO.Put("triangle ISTYPE Shape: " & Fmt.Bool(ISTYPE(triangle, Shape)) & "\n");
  IO.Put("triangle ISTYPE Square: " & Fmt.Bool(ISTYPE(triangle, Square)) & "\n");
  IO.Put("loud ISTYPE Square: " & Fmt.Bool(ISTYPE(loud, Square)) & "\n");
  FOR i := 1 TO 3 DO
    Show(NEW(Shape, area := TriangleArea, name := "t" & Fmt.Int(i), size := i * 2))
  END
END NewMethodOverride.
