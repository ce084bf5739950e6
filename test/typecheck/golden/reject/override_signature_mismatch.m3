(* A procedure bound to a method takes the object first, then exactly the method's parameters. *)
MODULE OverrideSignatureMismatch EXPORTS Main;

TYPE
  Shape = OBJECT METHODS area (): REAL END;
  Circle = Shape OBJECT radius: REAL OVERRIDES area := CircleArea END;

PROCEDURE CircleArea (c: Circle; scale: REAL): REAL =
  BEGIN
    RETURN c.radius * scale;
  END CircleArea;

BEGIN
  EVAL NEW(Circle);
END OverrideSignatureMismatch.
