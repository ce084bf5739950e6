(* SPIN's qualifiers on methods: a FUNCTIONAL method may be called from a FUNCTIONAL procedure (an
   event guard), and only a FUNCTIONAL procedure may implement it, as default or override. An
   EPHEMERAL method accepts an EPHEMERAL or a FUNCTIONAL implementation. *)
MODULE FunctionalMethods EXPORTS Main;

IMPORT IO;

TYPE
  Filter = OBJECT
    port: INTEGER;
  METHODS
    FUNCTIONAL matches (p: INTEGER): BOOLEAN := Equal;
    EPHEMERAL count () := Nothing;
    describe (): TEXT := Describe;
  END;
  Range = Filter OBJECT
    high: INTEGER;
  OVERRIDES
    matches := InRange;
    count := Tick;
  END;

VAR ticks := 0;

FUNCTIONAL PROCEDURE Equal (f: Filter; p: INTEGER): BOOLEAN =
  BEGIN
    RETURN p = f.port
  END Equal;

FUNCTIONAL PROCEDURE InRange (r: Range; p: INTEGER): BOOLEAN =
  BEGIN
    RETURN r.port <= p AND p <= r.high
  END InRange;

FUNCTIONAL PROCEDURE Nothing (<*UNUSED*> f: Filter) =
  BEGIN
  END Nothing;

EPHEMERAL PROCEDURE Tick (<*UNUSED*> r: Range) =
  BEGIN
    INC(ticks)
  END Tick;

PROCEDURE Describe (f: Filter): TEXT =
  BEGIN
    IF f.matches(80) THEN RETURN "web" ELSE RETURN "other" END
  END Describe;

(* a guard: FUNCTIONAL, so it may call only FUNCTIONAL methods *)
FUNCTIONAL PROCEDURE Guard (f: Filter; port: INTEGER): BOOLEAN =
  BEGIN
    RETURN f.matches(port) OR f.matches(port + 1)
  END Guard;

VAR f: Filter := NEW(Range, port := 80, high := 90);

BEGIN
  f.count();
  IF Guard(f, 85) THEN IO.Put(f.describe()) END
END FunctionalMethods.
