MODULE FieldMethodPragmas;

(* Pragmas before fields and methods are kept on the Field and MethodDecl nodes. *)

TYPE
  Point = OBJECT
    <*UNUSED*> x: INTEGER;
    <*OBSOLETE*> <*UNUSED*> y, z: INTEGER := 0;
  METHODS
    <*OBSOLETE*> move (dx: INTEGER);
    <*NOWARN*>
    norm (): INTEGER;
  END;
  Pair = RECORD <*UNUSED*> a: CHAR; b: BOOLEAN END;

BEGIN
END FieldMethodPragmas.
