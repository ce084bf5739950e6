INTERFACE Shapes;

TYPE
  Shape = OBJECT
    x, y: REAL
  METHODS
    area(): REAL;
    move(dx, dy: REAL);
    describe(): TEXT := Describe;
  END;

PROCEDURE Describe(s: Shape): TEXT;

END Shapes.
