(* OVERRIDES can replace only methods the type has. *)
MODULE OverrideUnknownMethod EXPORTS Main;

TYPE
  Shape = OBJECT METHODS area (): REAL END;
  Circle = Shape OBJECT OVERRIDES perimeter := Perimeter END;

PROCEDURE Perimeter (<*UNUSED*> c: Circle): REAL =
  BEGIN
    RETURN 0.0;
  END Perimeter;

BEGIN
  EVAL NEW(Circle);
END OverrideUnknownMethod.
