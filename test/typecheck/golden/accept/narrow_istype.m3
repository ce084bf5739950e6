(* NARROW converts a reference to a subtype (checked at run time); ISTYPE tests without failing.
   Assigning a supertype to a subtype variable narrows implicitly, with the same check. *)
MODULE NarrowIstype EXPORTS Main;

IMPORT IO;

TYPE
  Base = OBJECT END;
  Derived = Base OBJECT extra: INTEGER END;

VAR
  b: Base := NEW(Derived, extra := 1);
  d: Derived;
  any: REFANY := b;

BEGIN
  IF ISTYPE(b, Derived) THEN d := NARROW(b, Derived) END;
  d := any;                        (* implicit NARROW from REFANY *)
  IF ISTYPE(any, Base) AND d.extra = 1 THEN IO.Put("narrowed\n") END;
END NarrowIstype.
