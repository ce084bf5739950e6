INTERFACE Chain;

TYPE
  Base = OBJECT id: INTEGER END;
  Middle = Base OBJECT name: TEXT METHODS rename(n: TEXT) END;
  Leaf = Middle BRANDED "Chain.Leaf" OBJECT depth: INTEGER END;
  Private = BRANDED OBJECT END;
  Twice = Base OBJECT a: INTEGER END OBJECT b: INTEGER END;
  Traced = ROOT;
  Untraced = UNTRACED BRANDED OBJECT size: INTEGER END;

END Chain.
