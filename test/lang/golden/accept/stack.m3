MODULE Stack;

REVEAL T = BRANDED REF RECORD
    item: REAL;
    next: T
  END;

PROCEDURE New(): T =
  BEGIN
    RETURN NIL
  END New;

PROCEDURE Push(VAR s: T; x: REAL) =
  BEGIN
    s := NEW(T, item := x, next := s)
  END Push;

PROCEDURE Pop(VAR s: T): REAL RAISES {Empty} =
  VAR res: REAL;
  BEGIN
    IF s = NIL THEN RAISE Empty END;
    res := s.item;
    s := s.next;
    RETURN res
  END Pop;

BEGIN
END Stack.
