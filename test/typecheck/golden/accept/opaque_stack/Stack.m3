(* The implementation reveals the representation of Stack.T; only this module sees it. *)
MODULE Stack;

TYPE Items = REF ARRAY OF INTEGER;

REVEAL
  T = Public BRANDED "Stack.T" OBJECT
    items: Items;
    count: CARDINAL := 0;
  OVERRIDES
    push := Push;
    pop := Pop;
    size := Size;
  END;

PROCEDURE Push (s: T; x: INTEGER) =
  BEGIN
    IF s.count = NUMBER(s.items^) THEN
      VAR bigger := NEW(Items, 2 * NUMBER(s.items^));
      BEGIN
        SUBARRAY(bigger^, 0, s.count) := s.items^;
        s.items := bigger;
      END;
    END;
    s.items[s.count] := x;
    INC(s.count);
  END Push;

PROCEDURE Pop (s: T): INTEGER RAISES {Empty} =
  BEGIN
    IF s.count = 0 THEN RAISE Empty END;
    DEC(s.count);
    RETURN s.items[s.count];
  END Pop;

PROCEDURE Size (s: T): CARDINAL =
  BEGIN
    RETURN s.count;
  END Size;

PROCEDURE New (): T =
  BEGIN
    RETURN NEW(T, items := NEW(Items, 4));
  END New;

BEGIN
END Stack.
