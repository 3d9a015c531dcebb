// Renderer entry point; see the package README for the API. (stub)
export {};
