INTERFACE Callbacks;

TYPE
  Handler = PROCEDURE (event: INTEGER);
  Compare = PROCEDURE (a, b: REFANY): [-1 .. 1];
  Action = PROCEDURE () RAISES ANY;
  Visitor = PROCEDURE (VAR count: INTEGER; READONLY name: TEXT): BOOLEAN RAISES {};
  Table = ARRAY [0 .. 9] OF Handler;

PROCEDURE Register(h: Handler; c: Compare := NIL);

END Callbacks.
