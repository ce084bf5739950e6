(* Objects: fields, methods with default implementations, single inheritance, OVERRIDES, NEW with
   field initialisers, method calls dispatched through the receiver. *)
MODULE Objects EXPORTS Main;

IMPORT IO, Fmt;

TYPE
  Shape = OBJECT
    name: TEXT := "shape";
  METHODS
    area (): REAL := ZeroArea;
    describe (): TEXT := Describe;
  END;
  Rectangle = Shape OBJECT
    width, height: REAL;
  OVERRIDES
    area := RectangleArea;
  END;
  Square = Rectangle OBJECT
  METHODS
    side (): REAL := Side;
  END;

PROCEDURE ZeroArea (<*UNUSED*> s: Shape): REAL =
  BEGIN
    RETURN 0.0;
  END ZeroArea;

PROCEDURE Describe (s: Shape): TEXT =
  BEGIN
    RETURN s.name & " of area " & Fmt.Real(s.area());
  END Describe;

PROCEDURE RectangleArea (r: Rectangle): REAL =
  BEGIN
    RETURN r.width * r.height;
  END RectangleArea;

PROCEDURE Side (s: Square): REAL =
  BEGIN
    RETURN s.width;
  END Side;

VAR
  shapes := ARRAY [1 .. 2] OF Shape{
    NEW(Rectangle, name := "rectangle", width := 2.0, height := 3.0),
    NEW(Square, name := "square", width := 2.0, height := 2.0)};

BEGIN
  FOR i := FIRST(shapes) TO LAST(shapes) DO
    IO.Put(shapes[i].describe() & "\n");
  END;
END Objects.
