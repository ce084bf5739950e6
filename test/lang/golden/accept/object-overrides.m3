MODULE Circles;

TYPE
  Shape = OBJECT
    x, y: REAL
  METHODS
    area(): REAL;
  END;
  Circle = Shape OBJECT
    r: REAL := 1.0;
  OVERRIDES
    area := CircleArea;
  END;
  Square = Shape OBJECT side: REAL OVERRIDES area := SquareArea END;

PROCEDURE CircleArea(c: Circle): REAL =
  BEGIN
    RETURN 3.14159 * c.r * c.r
  END CircleArea;

PROCEDURE SquareArea(s: Square): REAL =
  BEGIN
    RETURN s.side * s.side
  END SquareArea;

VAR c := NEW(Circle, r := 2.0);

BEGIN
  EVAL c.area()
END Circles.
